// conformance mode=record
function call_it(fn) {
  return fn(1);
}
function guard() {
  try {
    call_it(null);
  } catch {
    return 'not callable';
  }
}
guard();
