// conformance mode=self
const { settrace } = require('jstrace');
class Lost extends Error {}
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
  throw new Lost('d');
}
function mid() {
  try {
    leaf();
  } catch (e) {
    throw e;
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
