const sys = { argv: process.argv.slice(1) };

function check(v) {
    if (v > 2) {
        throw new RangeError("too big: " + String(v)); }
    return v; }

for (const a of sys.argv.slice(1)) {
    console.log("ok", check(Number(a))); }
