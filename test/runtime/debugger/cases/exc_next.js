function check(x) {
  if (x < 0) {
    throw new ValueError('negative');
  }
  return x;
}

function main() {
  let ok = 0;
  for (const v of [1, -2, 3]) {
    try {
      ok += check(v);
    } catch (e) {
      ok -= 100;
    }
  }
  return ok;
}
class ValueError extends Error {}
module.exports = { main };
