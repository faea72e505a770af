// conformance mode=record
class Conn {
  constructor(name) {
    this.name = name; this.sent = 0;
  }
  static async open(name) {
    // (the def line of the Python twin's @staticmethod)
    await null;
    return new Conn(name);
  }
  async send(msg) {
    await null;
    this.sent += msg.length;
    return this.sent;
  }
}
async function main() {
  const c = await Conn.open('db');
  await c.send('ab');
  const n = await c.send('cde');
  return n;
}
queueMicrotask(main);
