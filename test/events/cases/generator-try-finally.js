// conformance mode=record
function* resource() {
  let opened = 1;
  try {
    yield opened;
    yield opened + 1;
  } finally {
    opened = 0;
  }
}
function use() {
  let total = 0;
  for (const v of resource()) {
    total += v;
  }
  return total;
}
use();
