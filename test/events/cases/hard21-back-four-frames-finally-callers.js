// conformance mode=back
class E extends Error {}
function note(k) {
  try {
    if (k === 'c') {
      throw new E('inner');
    }
    return k;
  } catch (e) {
    return 'x';
  }
}
function d(n) {
  try {
    if (n > 2) {
      throw new E('deep');
    }
  } finally {
    note('d');
  }
}
function c(n) {
  try {
    d(n + 1);
  } finally {
    note('c');
  }
}
function b(n) {
  for (let i = 0; i < 2; i++) {
    try {
      c(n + i);
    } finally {
      note('b');
    }
  }
}
function a() {
  try {
    b(1);
  } catch (e) {
    return note('a');
  }
}
a();
