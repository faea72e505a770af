import { build, by_key } from "./ops.mjs";
import { Node } from "./tree.mjs";

function report(t) {
    const vals = [...t.walk()];
    console.log(t.size, t.depth(), vals.map(String).join(" ")); }

const t = build(3);
report(t);
console.log(by_key(t.kids, (n) => n.v).map((n) => n.v).map(String).join(" "));
console.log(Node.made);
