// conformance mode=locals
class Transient extends Error {}
class Fatal extends Error {}
function makeServer(script) {
  let calls = 0;
  function request(path) {
    const code = script[calls];
    calls += 1;
    if (code === 1) throw new Transient(path);
    if (code === 2) throw new Fatal(path);
    return 'ok:' + path;
  }
  return request;
}
function fetchWithRetry(request, path, tries) {
  let attempt = 0;
  let result = 'none';
  while (attempt < tries) {
    attempt += 1;
    try {
      result = request(path);
      break;
    } catch (e) {
      if (e instanceof Transient) {
        result = 'retry';
        continue;
      }
      result = 'fatal';
      break;
    } finally {
      result += String(attempt);
    }
  }
  return result;
}
function main() {
  const a = fetchWithRetry(makeServer([1, 1, 0]), '/a', 5);
  const b = fetchWithRetry(makeServer([1, 2, 0]), '/b', 5);
  const c = fetchWithRetry(makeServer([1, 1, 1]), '/c', 2);
  return a + ' ' + b + ' ' + c;
}
main();
