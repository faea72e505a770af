// conformance mode=record
class AppError extends Error {}
class ParseError extends AppError {}
class Wrapped extends Error {}
function parse_digit(ch) {
  if (ch < '0' || ch > '9') {
    throw new ParseError('bad ' + ch);
  }
  return ch.charCodeAt(0) - 48;
}
function parse_all(s) {
  let total = 0;
  for (const ch of s) {
    total = total * 10 + parse_digit(ch);
  }
  return total;
}
function load(s) {
  try {
    return parse_all(s);
  } catch (e) {
    throw new Wrapped('load: ' + e.message);
  }
}
function main() {
  let out = 0;
  for (const s of ['12', '3x', '7']) {
    try {
      out += load(s);
    } catch (e) {
      out += 1000;
    }
  }
  return out;
}
main();
