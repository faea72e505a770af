function average(values) {
  let sum = 0;
  for (const v of values) {
    sum += v;
  }
  return sum / values.length;
}

function report(scores) {
  const names = Object.keys(scores);
  breakpoint();
  const mean = average(Object.values(scores));
  const best = names.reduce((a, b) => (scores[a] >= scores[b] ? a : b));
  return `${names.length} ${mean} ${best}`;
}

function main() {
  const r = report({ ada: 90, alan: 80, grace: 100 });
  print(r);
  return r;
}
module.exports = { main };
