// conformance mode=record
class BadToken extends Error {}
function lookup(name) {
  if (name === 'x') {
    throw new BadToken(name);
  }
  return name.toUpperCase();
}
function repl(m0) {
  const s = m0;
  try {
    return lookup(s);
  } catch (e) {
    if (s.length > 1) {
      return '?';
    }
    throw new TypeError('token');
  }
}
function expand(text) {
  return text.replace(/\w+/g, repl);
}
function safe(text) {
  try {
    return expand(text);
  } catch (e) {
    return expand('fallback');
  } finally {
    expand('ok');
  }
}
safe('a bb');
safe('a x b');
