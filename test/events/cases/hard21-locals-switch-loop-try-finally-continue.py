# conformance mode=locals
class Bad(Exception): pass
def check(op, n):
    if op == 'x' and n > 2:
        raise Bad(op)

    return n + 1

def run(ops):
    i = 0
    n = 0
    skipped = 0; op = ''
    while i < len(ops):
        op = ops[i]; i += 1
        try:
            match op:
                case 's': skipped += 1; continue
                case 'x': n = check(op, n)
                case 'q': pass
                case _: n += 10

            if op == 'q': break
        except Bad as e:
            n = -n; del e
            if n < -20: continue
        finally:
            n += 100 if i == 3 else 0
            if i == 6:
                continue


        n += 1

    return n + skipped

def main():
    return run(['a', 's', 'x', 'x', 'x', 'q', 'a'])

main()
