# conformance mode=self
from sys import settrace
def G(frame, event, arg):
    if frame.f_code.co_name != 'walk': return None
    print('G', event, frame.f_lineno, frame.f_locals['depth'])
    if frame.f_locals['depth'] % 2 == 0: return L
    return None

def L(frame, event, arg):
    if event != 'exception' or arg[0] is not StopIteration: print('L', event, frame.f_lineno, frame.f_locals['depth'], ('null' if arg is None else str(arg)) if event == 'return' else '')
    if event == 'exception' and arg[0] is not StopIteration: frame.f_trace_lines = False
    return L

def walk(node, depth):
    if isinstance(node, int):
        if node < 0: raise Exception('neg' + str(node))
        yield node
        return

    for child in node:
        try:
            yield from walk(child, depth + 1)
        except Exception as e:
            yield -depth



def main():
    out = []
    for v in walk([1, [2, [-3, 4], 5], [-6]], 0):
        out.append(v)

    return ' '.join(map(str, out))

settrace(G)
print('result', main())
settrace(None)
