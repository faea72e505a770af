// conformance mode=locals
const top = 1;
class Pt {
  z = top + 1;
}
function main() {
  const p = new Pt();
  return p.z;
}
main();
