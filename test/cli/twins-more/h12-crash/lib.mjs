export function parse(s) {
    const n = Number(s);
    if (Number.isNaN(n)) {
        throw new TypeError("bad: " + s); }
    return n; }

export function total(xs) {
    let t = 0;
    for (const x of xs) {
        t += parse(x); }
    return t; }
