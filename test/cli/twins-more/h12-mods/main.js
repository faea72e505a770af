const sys = { argv: process.argv.slice(1) };
const geom = require("./geom.js");
const { fact, apply_all } = require("./mathx.js");

function describe(shapes) {
    // sort by area, largest first
    const ordered = [...shapes].sort((a, b) => -a.area - -b.area);
    const areas = ordered.map((s) => s.area);
    return areas.map(String).join(","); }

function outer(k) {
    function inner(v) {
        return v + k; }
    return inner; }

const shapes = [new geom.Rect(2, 3), geom.Rect.square(4), new geom.Rect(1, 1).scaled(5)];
console.log(describe(shapes));
console.log(apply_all([outer(1), outer(10), (v) => v * v], 7).join(" "));
console.log(fact(6), shapes[0].perms());
