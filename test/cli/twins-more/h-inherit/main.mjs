import { Base, Derived, count } from "./shapes.mjs";

function build(kind, n) {
    return kind === "d" ? new Derived(n) : new Base(n); }

const items = Array.from(count(3), (i) => build(i % 2 ? "d" : "b", i));
console.log(items.map((s) => s.describe()).join("; "));
const sorted = [...items].sort((a, b) => b.size - a.size);
console.log(sorted.map((s) => s.size).join(" "));
