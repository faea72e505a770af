// conformance mode=back
function is_even(n) {
  return n !== 0 ? is_odd(n - 1) : true;
}
function is_odd(n) {
  return n !== 0 ? is_even(n - 1) : false;
}
is_even(3);
