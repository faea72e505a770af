// conformance mode=locals
function f(s) {
  const big = 2n ** 70n + 1_000n;
  const digits = String(big).length;
  const m = /(?<y>\d{4})-(?<mo>\d{2})/.exec(s);
  const year = m.groups.y;
  const n = 1_000_000 + Number(m.groups.mo);
  return digits + year + n;
}
f('on 2024-05');
