// conformance mode=back
class AppError extends Error {
  constructor(msg, code) {
    super(msg);
    this.code = code;
  }
  get status() {
    return this.code * 100;
  }
  static wrap(e) {
    return e instanceof AppError ? e : new AppError('wrapped', 5);
  }
}
class NotFound extends AppError {
  constructor(what) {
    super(what + ' missing', 4);
  }
  get status() {
    return super.status + 4;
  }
}
function lookup(k) {
  if (k === 'gone') throw new NotFound(k);
  if (k === 'bad') throw new TypeError('bad key');
  if (k === 'oops') throw new AppError('oops', 3);
  return k.length;
}
function fetch(k) {
  try {
    return lookup(k);
  } catch (e) {
    throw AppError.wrap(e);
  }
}
function handle(k) {
  try {
    return fetch(k);
  } catch (e) {
    if (e instanceof NotFound) return -e.status;
    else if (e instanceof AppError) return e.status;
    throw e;
  }
}
function main() {
  return ['abc', 'gone', 'bad', 'oops'].map(handle).join(',');
}
main();
