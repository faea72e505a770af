# conformance mode=record
class Bad(Exception): pass
def check(r):
    if r > 10: raise Bad('big')
    return r

def handle(op, v):
    r = v
    try:
        sw = op
        if sw == 'dbl':
            r = r * 2
        if sw in ('dbl', 'chk'): check(r)
        elif sw == 'neg': r = -r
        else:
            raise Bad(op)

    except Bad as e:
        r = 0 if str(e) == 'big' else -1

    return r

def main():
    t = 0
    for op, v in [('dbl', 3), ('dbl', 7), ('chk', 11), ('chk', 4), ('neg', 5), ('zap', 1)]:
        t = t * 3 + handle(op, v)

    return t

main()
