// The program the line tracer watches: a loop, an if/else chain, a try/catch and a
// statement spread over several lines.

function classify(n) {
  if (n % 15 === 0) {
    return 'FizzBuzz';
  } else if (n % 5 === 0) {
    return 'Buzz';
  }
  return n % 3 === 0 ? 'Fizz' : String(n);
}

function parse(text) {
  try {
    return JSON.parse(text);
  } catch (err) {
    return null;
  }
}

const words = [];
for (let n = 3; n <= 5; n++) {
  words.push(classify(n));
}
const settings = parse('{oops');
console.log(
  words.join(' '),
  settings,
);
