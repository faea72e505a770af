// The program the tiny debugger stops in. `report` calls breakpoint(), as a Python program
// calls the builtin breakpoint() to drop into pdb; the debugger (main.js) provides it.

function average(values) {
  let sum = 0;
  for (const v of values) {
    sum += v;
  }
  return sum / values.length;
}

function report(scores) {
  const names = Object.keys(scores);
  breakpoint(); // stop here: the debugger takes over at the next line
  const mean = average(Object.values(scores));
  const best = names.reduce((a, b) => (scores[a] >= scores[b] ? a : b));
  return `${names.length} students, mean ${mean}, best ${best}`;
}

console.log(report({ ada: 90, alan: 80, grace: 100 }));
console.log('done');
