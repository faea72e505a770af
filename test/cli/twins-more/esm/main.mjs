const sys = { argv: process.argv.slice(1) };
import { chunks, safe_div } from "./seq.mjs";
import { Acc, make_counter } from "./acc.mjs";

function depth(t) {
    if (!Array.isArray(t)) {
        return 0; }
    return 1 + Math.max(...[...t.map((c) => depth(c)), 0]); }

const inc = make_counter();
for (const c of chunks(sys.argv.slice(1), 2)) {
    console.log(c.length, inc(c.length)); }
console.log(safe_div(1, 0), safe_div(6, 3).toFixed(1));
const a = Acc.of(4);
console.log(a.total(), depth([1, [2, [3]], []]));
