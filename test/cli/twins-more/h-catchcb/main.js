function check(v) {
    if (v > 2) {
        throw new RangeError("bad " + v); }
    return v; }

function apply(xs) {
    try {
        return xs.map((v) => check(v)); }
    catch (e) {
        return [e.message]; }
    finally {
        console.log("cleanup"); } }

function* walk(xs) {
    for (const x of xs) {
        yield check(x); } }

console.log(apply([1, 5, 2]).join(" "));
try {
    for (const v of walk([1, 2, 3])) {
        console.log("got", v); } }
catch (e) {
    console.log("caught", e.message); }
