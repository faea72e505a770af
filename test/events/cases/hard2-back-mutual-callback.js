// conformance mode=back
class Stop extends Error {}
function ping(n) {
  return n > 0 ? [n - 1].map(pong)[0] : 'ping';
}
function pong(n) {
  if (n === -1) {
    throw new Stop('stop');
  }
  return n > 0 ? [n - 1].map(ping)[0] : 'pong';
}
function main() {
  const a = ping(3);
  try {
    [1 - 2].map(pong);
  } catch (e) {
    return a + ping(1);
  }
  return a;
}
main();
