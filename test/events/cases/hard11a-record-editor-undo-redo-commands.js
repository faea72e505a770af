// conformance mode=record
class Insert {
  constructor(text) {
    this.text = text;
  }
  apply(doc) {
    return doc + this.text;
  }
  revert(doc) {
    return doc.slice(0, doc.length - this.text.length);
  }
}
class Upper {
  apply(doc) {
    this.before = doc;
    return doc.toUpperCase();
  }
  revert(doc) {
    return this.before;
  }
}
class Editor {
  constructor() {
    this.doc = '';
    this.done = [];
    this.undone = [];
  }
  run(cmd) {
    this.doc = cmd.apply(this.doc);
    this.done.push(cmd);
    this.undone = [];
  }
  undo() {
    if (this.done.length === 0) return false;
    const cmd = this.done.pop();
    this.doc = cmd.revert(this.doc);
    this.undone.push(cmd);
    return true;
  }
  redo() {
    if (this.undone.length === 0) return false;
    const cmd = this.undone.pop();
    this.doc = cmd.apply(this.doc);
    this.done.push(cmd);
    return true;
  }
}
function main() {
  const ed = new Editor();
  ed.run(new Insert('ab'));
  ed.run(new Upper());
  ed.run(new Insert('c'));
  let moves = 0;
  while (ed.undo()) moves += 1;
  if (ed.redo() && ed.redo()) moves += 10;
  ed.run(new Insert('!'));
  return ed.doc + String(moves) + String(ed.redo());
}
main();
