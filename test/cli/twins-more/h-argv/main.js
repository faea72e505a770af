const sys = { argv: [process.argv[1].split("/").pop(), ...process.argv.slice(2)] };

function classify(word) {
    if (/^\d+$/.test(word)) {
        return "num"; }
    else if (word.startsWith("-")) {
        return "flag"; }
    return "word"; }

const kinds = {};
for (const w of sys.argv.slice(1)) {
    const k = classify(w);
    kinds[k] = (kinds[k] || 0) + 1; }
console.log(sys.argv[0], Object.keys(kinds).sort().map((k) => k + "=" + kinds[k]).join(","));
if (sys.argv.length > 3) {
    console.log("many"); }
else {
    console.log("few"); }
