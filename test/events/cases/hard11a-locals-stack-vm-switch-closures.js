// conformance mode=locals
class VMError extends Error {}
function makeVM() {
  const stack = [];
  let steps = 0;
  function push(v) {
    stack.push(v);
    steps += 1;
  }
  function pop() {
    if (stack.length === 0) throw new VMError('underflow');
    steps += 1;
    return stack.pop();
  }
  function run(program) {
    for (const ins of program) {
      const parts = ins.split(' ');
      const op = parts[0];
      const arg = parts.length > 1 ? parts[1] : '0';
      switch (op) {
        case 'push': push(Number(arg)); break;
        case 'add': push(pop() + pop()); break;
        case 'mul': push(pop() * pop()); break;
        case 'dup': { const top = pop(); push(top); push(top); break; }
        default: throw new VMError('bad op ' + op);
      }
    }
    return pop();
  }
  return run;
}
function main() {
  const run = makeVM();
  let total = run(['push 2', 'push 3', 'add', 'dup', 'mul']);
  try {
    total += run(['push 1', 'add']);
  } catch (e) {
    total = -total;
  }
  try {
    total += run(['push 4', 'jmp 0']);
  } catch (e) {
    total += 1000;
  }
  return total;
}
main();
