function f() {
  return g();
  function g() {
    return 1;
  }
}
function h() {
  try {
    throw new Error('x');
    console.log('after throw');
  } catch (e) {
    return 2;
  }
}
for (let i = 0; i < 2; i++) {
  if (i === 0) {
    continue;
    console.log('after continue');
  }
  break;
  console.log('after break');
}
console.log(f(), h());
