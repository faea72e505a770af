// conformance mode=record
function h(n) {
  let r = 0;
  if (n > 1) r = 1; else r = 2;
  if (n > 1) { r += 1; } r += 2;
  switch (n) { case 1: r += 1; default: r += 2; }
  try { r += 1; } catch (e) { r = 0; } r += 1;
  try { r += 1; } finally { r += 2; }
  try { if (n > 1) throw new Error('x'); } catch (e) { r += 5; } r += 1;
  if (n > 1) {
    r += 10;
  } r += 100;
  return r;
}
h(0);
h(2);
