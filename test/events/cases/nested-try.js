// conformance mode=record
class Wrapped extends Error {}
function inner(v) {
  try {
    try {
      if (v < 0) {
        throw new Error('neg');
      }
      return v;
    } catch (e) {
      throw new Wrapped('wrapped');
    } finally {
      v = 0;
    }
  } catch (e) {
    return -1;
  }
}
inner(4);
inner(-4);
