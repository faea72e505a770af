function compose(...fns) {
    function run(x) {
        for (const f of fns) {
            x = f(x); }
        return x; }
    return run; }

function walk(tree, depth = 0) {
    if (typeof tree === "number") {
        return [depth]; }
    return tree.flatMap((sub) => walk(sub, depth + 1)); }

function hanoi(n, a, b, c, moves) {
    if (n === 0) {
        return moves; }
    hanoi(n - 1, a, c, b, moves);
    moves.push([a, c]);
    return hanoi(n - 1, b, a, c, moves); }

const inc_then_double = compose((v) => v + 1, (v) => v * 2);
console.log("[" + [1, 2, 3].map((v) => inc_then_double(v)).join(", ") + "]");
console.log("[" + walk([1, [2, [3, 4]], 5]).join(", ") + "]");
console.log(hanoi(3, "a", "b", "c", []).length);
console.log("[" + [3, 1, 2].filter((v) => v > 1).join(", ") + "]");
