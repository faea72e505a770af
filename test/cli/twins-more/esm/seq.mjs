export function* chunks(xs, n) {
    let buf = [];
    for (const x of xs) {
        buf.push(x);
        if (buf.length === n) {
            yield buf;
            buf = []; } }
    if (buf.length) {
        yield buf; } }

export function safe_div(a, b) {
    try {
        if (b === 0) throw new RangeError("zero"); return a / b;
    } catch (e) {
        return null;
    } finally {
        void 0; } }
