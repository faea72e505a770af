const sys = { argv: process.argv.slice(1) };

function step(i) {
    if (i === 2) {
        process.exit(3); }
    return i; }

for (let i = 0; i < 5; i++) {
    console.log("step", step(i), JSON.stringify(sys.argv.slice(1)).replaceAll(",", ", ").replaceAll("\"", "'")); }
console.log("never");
