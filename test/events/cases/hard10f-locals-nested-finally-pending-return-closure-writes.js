// conformance mode=locals
function f(n) {
  let acc = 0;
  function bump(k) {

    acc += k;
  }
  try {
    try {
      return acc;
    } finally {
      bump(n);
    }
  } finally {
    n = 7; bump(1);
  }
}
f(2);
