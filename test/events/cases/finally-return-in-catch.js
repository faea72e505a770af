// conformance mode=record
function parse(text) {
  let steps = 0;
  try {
    steps += 1;
    if (text === '') {
      throw new Error('empty');
    }
    return text.length;
  } catch (e) {
    steps += 10;
    return -1;
  } finally {
    steps += 100;
  }
}
parse('abc');
parse('');
