// conformance mode=locals
function grade(score, bonus) {
  let label = 'fail';
  if (score >= 50) {
    const base = score + bonus;
    if (base >= 80) {
      const tier = 'high';
      label = tier + String(base);
    }
    else {
      label = 'pass' + String(base);
    }
    // (the block of `base` ends here)
  }
  return label;
}
grade(75, 10);
grade(60, 0);
grade(10, 0);
