// conformance mode=record
function* letters() {
  yield 'a';
  yield 'b';
  return 'done';
}
function join() {
  let s = '';
  for (const ch of letters()) {
    s += ch;
  }
  return s;
}
join();
