# conformance mode=locals
class VMError(Exception): pass
def makeVM():
    stack = []
    steps = 0
    def push(v):
        nonlocal steps; stack.append(v)
        steps += 1

    def pop():
        if len(stack) == 0: raise VMError('underflow')
        nonlocal steps; steps += 1
        return stack.pop()

    def run(program):
        for ins in program:
            parts = ins.split(' ')
            op = parts[0]
            arg = parts[1] if len(parts) > 1 else '0'
            match op:
                case 'push': push(int(arg)); del ins, parts, op, arg
                case 'add': push(pop() + pop()); del ins, parts, op, arg
                case 'mul': push(pop() * pop()); del ins, parts, op, arg
                case 'dup': top = pop(); push(top); push(top); del top, ins, parts, op, arg
                case _: raise VMError('bad op ' + op)


        return pop()

    return run

def main():
    run = makeVM()
    total = run(['push 2', 'push 3', 'add', 'dup', 'mul'])
    try:
        total += run(['push 1', 'add'])
    except Exception as e:
        total = -total

    try:
        total += run(['push 4', 'jmp 0'])
    except Exception as e:
        total += 1000

    return total

main()
