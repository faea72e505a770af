export function used(x) {
  return x + 1;
}

export function unused(x) {
  const y = x * 2;
  return y;
}
