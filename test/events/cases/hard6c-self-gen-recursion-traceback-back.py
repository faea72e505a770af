# conformance mode=self
from sys import settrace
def T(frame, event, arg):
    back = frame.f_back.f_code.co_name if frame.f_back and frame.f_code.co_name != 'main' else '-'
    if event == 'exception' and arg[0] is not StopIteration:
        parts = []
        tb = arg[2]
        while tb:
            parts.append(tb.tb_frame.f_code.co_name + ':' + str(tb.tb_lineno))
            tb = tb.tb_next

        print('exc', frame.f_code.co_name, frame.f_lineno, back, ' '.join(parts))

    if event == 'call': print('call', frame.f_code.co_name, frame.f_lineno, back)
    return T

def leaves(node):
    if isinstance(node, int):
        if node < 0: raise Exception('neg ' + str(node))
        yield node
        return

    for c in node:
        yield from leaves(c)


def sumTree(tree):
    s = 0
    try:
        for v in leaves(tree):
            s += v

    except Exception as e:
        s = -s

    return s

def main():
    return sumTree([1, [2, [-3, 4]]]) + sumTree([[5]])

settrace(T)
print('result', main())
settrace(None)
