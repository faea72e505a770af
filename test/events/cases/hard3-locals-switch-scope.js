// conformance mode=locals
function label(kind, n) {
  let out = 'none';
  switch (kind) {
    case 1:
      const a = n + 1;
      out = 'a' + String(a);
      break;
    case 2:
      let b = n * 2;
      b += 1;
      out = 'b' + String(b);
      break;
    default:
      out = 'd';
  }
  const tail = out.length;
  return out + String(tail);
}
label(1, 5);
label(2, 5);
label(3, 5);
