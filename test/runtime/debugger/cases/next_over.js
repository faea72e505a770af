function helper(a) {
  const b = a * 2;
  return b + 1;
}

function main() {
  let t = 0;
  t = helper(t);
  t = helper(t) + helper(t);
  print(t);
  return t;
}
module.exports = { main };
