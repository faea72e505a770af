// conformance mode=back
function port(p = 80) {
  return p + 1;
}
function config(host, p = port()) {
  // (the default runs in config's frame, before its first line)
  return host + ':' + p;
}
function connect(url = config('h')) {
  // (the default runs in connect's frame, before its first line)
  return url.length;
}
function main() {
  return connect() + connect('x');
}
main();
