export function other() {
  return 42;
}
