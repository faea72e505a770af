function push(items, x) {
    items.push(x);
    return items; }

function pop(items) {
    if (items.length === 0) {
        throw new RangeError("empty"); }
    return items.pop(); }

function unused(items) {
    return items.length; }





function counter() {
    let count = 0;
    function inc() {
        // (nonlocal count)
        count += 1;
        return count; }
    return inc; }

function is_even(n) {
    if (n === 0) {
        return true; }
    return is_odd(n - 1); }

function is_odd(n) {
    if (n === 0) {
        return false; }
    return is_even(n - 1); }

function never(a) {
    if (a) {
        return 1; }
    else {
        return 2; } }

// module-level calls
const s = [];
push(push(s, 1), 2);
const inc = counter();
inc();
inc();
console.log("pop", pop(s), "inc", inc(), "even", String(is_even(3)).replace("f", "F"));
try {
    pop([]);
} catch (e) {
    console.log("caught"); }
for (let k = 0; k < 3; k++) {
    inc(); }
console.log("done", inc());
