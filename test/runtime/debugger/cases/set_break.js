function scale(x, factor) {
  let y = x * factor;
  y = y + 1;
  return y;
}

function main() {
  let limit = 3;
  let out = 0;
  let k = 0;
  while (k < limit) {
    out += scale(k, 10);
    k += 1;
  }
  print(out, limit);
  return out;
}
module.exports = { main };
