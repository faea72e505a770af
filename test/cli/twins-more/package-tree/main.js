const process = require('process');
const shapes = require('./pkg/shapes');
const deep = require('./pkg/sub/deep');
const deep2 = require('./pkg/sub/deep');


function fib(n) {
    if (n < 2)
        return n;
    return fib(n - 1) + fib(n - 2);
}

function* gen(k) {
    for (let i = 0; i < k; i++)
        yield i * 2;
}

function outer(x) {
    function inner(y) {
        return x + y; }
    return inner(1);
}


const s = new shapes.Sq(3);
console.log(s.area, shapes.Sq.unit().area);
console.log(fib(5), [...gen(3)], outer(4));
try {
    deep.boom();
} catch (e) {
    console.log("caught", e.message);
}
console.log(deep2 === deep);
