function main() {
  let s = 0;
  let i = 0;
  while (i < 4) {
    s += i;
    i += 1;
  }
  s = s * 2;
  return s;
}
module.exports = { main };
