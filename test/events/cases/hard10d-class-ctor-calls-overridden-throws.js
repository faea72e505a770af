// conformance mode=back
class Invalid extends Error {}
class Widget {
  constructor(size) {
    this.size = size;
    this.label = this.describe();
  }
  describe() {
    return 'widget' + String(this.size);
  }
}
class Button extends Widget {
  constructor(size) {
    super(size);
    this.clicks = 0;
  }
  describe() {
    if (this.size > 2) throw new Invalid('too big');
    return 'button:' + super.describe();
  }
}
function build(n) {
  try {
    return new Button(n).label;
  } catch (e) {
    return 'invalid';
  }
}
function main() {
  return build(1) + build(3) + new Widget(5).label;
}
main();
