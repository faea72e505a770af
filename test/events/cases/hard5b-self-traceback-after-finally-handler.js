// conformance mode=self
const { settrace } = require('jstrace');
class Deep extends Error {}
class Noise extends Error {}
function chain(tb) {
  const parts = [];
  for (let t = tb; t !== null; t = t.tb_next) parts.push(t.tb_frame.f_code.co_name + ':' + t.tb_lineno);
  return parts.join(' > ');
}
function glob(frame, event, arg) {
  if (event === 'exception') console.log('exception', frame.f_code.co_name, arg[0].name, chain(arg[2]));
  return glob;
}
function leaf() {
  throw new Deep('d');
}
function helper() {
  try {
    throw new Noise('n');
  } catch (e) {
    return 1;
  }
}
function mid() {
  try {
    leaf();
  } finally {
    helper();
  }
}
function top() {
  try {
    mid();
  } catch (e) {
    return 2;
  }
}
settrace(glob);
top();
settrace(null);
