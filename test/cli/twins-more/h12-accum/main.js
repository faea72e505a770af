const sys = { argv: process.argv.slice(1) };

function classify(n) {
	// tab-indented comment
	if (n % 2 === 0) {
		return "even"; }
	else if (n % 3 === 0) {
		return "three"; }
	return "other"; }  

function unused() {
    return "é ünïcode"; }

for (const a of sys.argv.slice(1)) {
    console.log(a, classify(Number(a))); }
