import { check } from "./guard.mjs";

function run() {
    const n = check([1, 2]);
    console.log("first", n);
    check([5, -1, 7]);
    console.log("unreachable"); }

run();
console.log("after");
