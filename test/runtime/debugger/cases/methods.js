class Rect {
  constructor(w, h) {
    this.w = w;
    this.h = h;
  }
  area() {
    const a = this.w * this.h;
    return a;
  }
  static square(s) {
    return new Rect(s, s);
  }
}
function main() {
  const r = Rect.square(3);
  const total = r.area() + new Rect(1, 2).area();
  print(total);
  return total;
}
module.exports = { main };
