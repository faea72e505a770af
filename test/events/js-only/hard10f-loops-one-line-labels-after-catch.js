// conformance mode=record
function f(n) {
  let s = 0;
  s = 1; outer: for (const a of [1, 2]) { for (const b of [1, 2]) { if (b === 2) continue outer; s++; } }
  if (n) for (let k = 0; k < 2; k++) s++;
  try { s += n; } catch (e) { s = 0; } for (const k in { x: 1 }) { s++; }
  try { if (n) throw new Error('e'); } catch (e) { s = 0; } while (s < 2) { s++; }
  switch (n) { case 1: s = 0; lab: while (true) { s++; if (s > 1) break lab; } }
  return s;
}
f(1);
