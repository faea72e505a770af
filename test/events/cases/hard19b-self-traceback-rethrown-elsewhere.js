// conformance mode=self
const { settrace } = require('jstrace');
function walk(t) { const out = []; while (t !== null) { out.push(t.tb_frame.f_code.co_name + ':' + t.tb_lineno); t = t.tb_next; } return out.join(' '); }
function G(frame, event, arg) {
  if (frame.f_code.co_filename !== __filename) return null;
  if (event === 'exception') console.log('E', frame.f_code.co_name, frame.f_lineno, walk(arg[2]));
  return G;
}
let saved = null;
function boom() {
  throw new Error('x');
}
function keep() {
  // (Python: global saved)
  try {
    boom();
  } catch (e) {
    saved = e;
  }
}
function again() {
  throw saved;
}
function outer() {
  try {
    again();
  } catch (e) {
    return 'caught';
  }
}
function main() {
  keep();
  console.log(outer()); }
settrace(G);
main();
settrace(null);
