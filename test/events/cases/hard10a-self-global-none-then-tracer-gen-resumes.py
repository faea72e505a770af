# conformance mode=self
from sys import settrace
seen = {}
def L(frame, event, arg):
    if not (event == 'exception' and arg[0] is StopIteration): print('L', event, frame.f_code.co_name, frame.f_lineno, frame.f_trace_lines)
    if event == 'return' and frame.f_code.co_name == 'gen': frame.f_trace_lines = not frame.f_trace_lines
    return L

def G(frame, event, arg):
    name = frame.f_code.co_name
    seen[name] = seen.get(name, 0) + 1
    print('G', name, frame.f_lineno, seen[name], frame.f_trace is not None)
    if name == 'gen' and seen[name] in (1, 4): return None
    return L

def gen(n):
    i = 0
    while i < n:
        v = i * i
        yield v
        i += 1

    return -1

def main():
    t = 0
    for v in gen(6):
        t += v

    return t

settrace(G)
print('result', main())
settrace(None)
