// conformance mode=back
function tidy(tag) {
  return tag + '!';
}
function* inner() {
  try {
    yield 'a';
  } finally {
    tidy('in');
    yield 'cleanup';
    tidy('in2');
  }
}
function* outer() {
  try {
    yield* inner();
  } finally {
    tidy('out');
  }
}
function consume(g) {
  for (const v of g) {
    if (v === 'a') {
      break;
    }
  }
}
function main() {
  const g = outer();
  consume(g);
  const last = g.next();
  return g.next().value;
}
main();
