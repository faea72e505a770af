# conformance mode=self
from sys import settrace
def T(frame, event, arg):
    chain = []; b = frame.f_back
    while b and b.f_code.co_name != '<module>': chain.append(('<static_initializer>' if b.f_code.co_name == 'K' else b.f_code.co_name) + ':' + str(b.f_lineno)); b = b.f_back
    if frame.f_code.co_name == 'K' and event == 'line' and frame.f_lineno == 15: return T  # Python-only: the class body's own first line
    print(event, '<static_initializer>' if frame.f_code.co_name == 'K' else frame.f_code.co_name, '' if event == 'call' else frame.f_lineno, ','.join(chain))
    return T
class Bad(Exception): pass
def mk(v):
    if v > 5: raise Bad('big')
    return v + 1

def build(n):
    class K:
        a = mk(n)
        # static block
        b = mk(a)
        c = b * 2

        d = mk(c - 4)

    return K.d

def main():
    r = build(1)
    try:
        r += build(5)
    except Bad as e:
        r = -r

    return r

settrace(T)
main()
settrace(None)
