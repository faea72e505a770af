// conformance mode=record
class Odd extends Error {}
function h(k, x) {
  if (k === 3 && x === 7) throw new Odd('o');
  return k * 2;
}
function note(s) {
  return s;
}
function classify(xs) {
  let out = 0;
  for (const x of xs) {
    try {
      switch (x) {
        case h(1, x): out += 1; break;
        case h(2, x):
          out += 10;
          continue;
        case h(3, x): out += 100; break;
        default: out += note(1000);
      }
      out += 1;
    } catch (e) {
      out -= 5;
    } finally {
      out = note(out);
    }
  }
  return out;
}
function main() {
  return classify([2, 4, 6, 7, 9]);
}
main();
