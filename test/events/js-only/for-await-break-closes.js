// conformance mode=record
async function* numbers() {
  try {
    yield 1;
    yield 2;
  } finally {
    console.log('closed');
  }
}
async function main() {
  for await (const n of numbers()) {
    if (n === 1) break;
  }
  return 'done';
}
main();
