// conformance mode=record
class Parse extends Error {}
class Report extends Error {}
function parse(s) {
  if (!/^[0-9]+$/.test(s)) throw new Parse(s);
  return parseInt(s, 10);
}
function report(s) {
  throw new Report('bad ' + s);
}
function parse_all(items) {
  let total = 0;
  let k = 0;
  while (k < items.length) {
    const s = items[k]; k += 1;
    try {
      total += parse(s);
    } catch (e) {
      report(s);
    } finally {
      if (k === 2) break;
    }
  }
  return total * 10 + k;
}
function main() {
  let a = parse_all(['1', 'x', '3']);
  try {
    a += parse_all(['y']);
  } catch (e) {
    a = -a;
  }
  return a;
}
main();
