// Small statistics helpers shared by the runner and the report.

/** Median of the finite numbers in `values`; null when there are none. */
export function median(values) {
  const xs = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const mid = xs.length >> 1;
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}

/** Geometric mean of positive numbers; null if any is missing (a partial geomean misleads). */
export function geomean(values) {
  if (values.length === 0 || values.some((v) => !(v > 0))) return null;
  return Math.exp(values.reduce((sum, v) => sum + Math.log(v), 0) / values.length);
}

/** Pairwise ratios a[i] / b[i] for rounds where both measurements exist. */
export function pairedRatios(numerators, denominators) {
  const out = [];
  for (let i = 0; i < numerators.length; i++) {
    const a = numerators[i];
    const b = denominators[i];
    if (Number.isFinite(a) && Number.isFinite(b) && b > 0) out.push(a / b);
  }
  return out;
}

/** Rotate a list by `k` places, so each round starts with a different element. */
export function rotate(list, k) {
  const n = list.length;
  if (n === 0) return [];
  const s = ((k % n) + n) % n;
  return list.slice(s).concat(list.slice(0, s));
}
