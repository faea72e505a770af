# conformance mode=record
class Stop(Exception): pass
class Unknown(Exception): pass
def step(cmd, acc):
    try:
        match cmd:
            case 'add': acc += 1
            case 'mul': acc *= 3
            case 'halt': raise Stop(str(acc))
            case _: acc = fail(cmd)

    finally:
        log(cmd)

    return acc

def fail(cmd):
    raise Unknown(cmd)

def log(cmd):
    return len(cmd)

def run(cmds):
    acc = 1
    for cmd in cmds:
        try:
            acc = step(cmd, acc)
        except Exception as e:
            acc -= 1


    return acc

def main():
    a = run(['add', 'mul', 'zz', 'add'])
    try:
        a += run(['mul', 'halt', 'add'])
    except Stop as e:
        a = -a

    return a

main()
