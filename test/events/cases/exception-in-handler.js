// conformance mode=record
function convert(s) {
  try {
    throw new Error('parse ' + s);
  } catch (e) {
    throw new TypeError('convert');
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
