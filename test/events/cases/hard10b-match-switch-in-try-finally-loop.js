// conformance mode=record
class Stop extends Error {}
class Unknown extends Error {}
function step(cmd, acc) {
  try {
    switch (cmd) {
      case 'add': acc += 1; break;
      case 'mul': acc *= 3; break;
      case 'halt': throw new Stop(String(acc));
      default: acc = fail(cmd);
    }
  } finally {
    log(cmd);
  }
  return acc;
}
function fail(cmd) {
  throw new Unknown(cmd);
}
function log(cmd) {
  return cmd.length;
}
function run(cmds) {
  let acc = 1;
  for (const cmd of cmds) {
    try {
      acc = step(cmd, acc);
    } catch (e) {
      acc -= 1;
    }
  }
  return acc;
}
function main() {
  let a = run(['add', 'mul', 'zz', 'add']);
  try {
    a += run(['mul', 'halt', 'add']);
  } catch (e) {
    a = -a;
  }
  return a;
}
main();
