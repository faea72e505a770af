const sys = { argv: process.argv.slice(1) };
const shapes = require("./shapes.js");
const util = require("./util.js");

function run(args) {
    const s = shapes.Shape.make(args.length ? args[0] : "sq");
    console.log(s.label, s.area(), shapes.Shape.count);
    const xs = util.scale([1, 2, 3], args.length + 1);
    console.log(util.total(xs), util.fib(5));
    return args.length; }

const n = run(sys.argv.slice(1));
console.log("args", n);
