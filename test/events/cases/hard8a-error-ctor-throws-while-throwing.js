// conformance mode=record
class Detail extends Error {}
function describe(code) {
  if (code < 0) {
    throw new Detail('no detail');
  }
  return 'code ' + code;
}
class AppError extends Error {
  constructor(code) {
    super(describe(code));
    this.code = code;
  }
}
function fail(code) {
  throw new AppError(code);
}
function main() {
  let r = 0;
  for (const c of [1, -1, 2]) {
    try {
      fail(c);
    } catch (e) {
      r += e instanceof AppError ? e.code : 100;
    }
  }
  return r;
}
main();
