// conformance mode=record
function route(v) {
  let r = 0;
  switch (v) {
    case 1: r += 1;
    case 2: r += 2;
      r += 20;
    case 3:
    case 4: r += 4;
      break;
    case 5: case 6: r += 6;
      break;
    default: r += 100;
  }
  return r;
}
route(1);
route(3);
route(6);
route(7);
