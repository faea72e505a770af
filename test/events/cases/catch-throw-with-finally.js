// conformance mode=record
function convert(s) {
  let state = 0;
  try {
    throw new Error('parse ' + s);
  } catch (e) {
    throw new TypeError('convert');
  } finally {
    state = 1;
  }
}
function safe() {
  try {
    convert('x');
  } catch (e) {
    return 'fallback';
  }
}
safe();
