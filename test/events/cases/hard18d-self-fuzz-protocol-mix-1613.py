# conformance mode=self
from sys import settrace, gettrace
ACTS = 'rrrrnnooxbblLmsSgeEkKjww'
st = 1613
cnt = 0
keep = []
class TErr(Exception): pass
def inCase(f): return f is not None and f.f_code.co_filename == __file__ and f.f_code.co_name != '<module>'
def nm(c): return c.co_name.replace('<lambda>', '<anonymous>')
def fmt(event, arg):
    if event == 'return': return 'none' if arg is None else (str(arg) if type(arg) is int else 'obj')
    if event == 'exception': return arg[0].__name__
    return ''
LOCALS = {}
saved = None
def step(tag, frame, event, arg):
    global st, cnt, saved
    if not inCase(frame): return None
    if event == 'exception' and arg[0] is StopIteration: return None
    cnt += 1
    st = (st * 48271) % 2147483647
    a = ACTS[st % len(ACTS)]
    chain = []; f = frame.f_back
    while inCase(f): chain.append(nm(f.f_code) + ':' + str(f.f_lineno) + ':' + (f.f_trace.__name__ if f.f_trace else '-') + ('' if f.f_trace_lines else 'L')); f = f.f_back
    print(tag, cnt, event, nm(frame.f_code), frame.f_lineno, fmt(event, arg), a, '-' if gettrace() is None else gettrace().__name__, frame.f_trace.__name__ if frame.f_trace else '-', '' if frame.f_trace_lines else 'L', ','.join(chain), ((saved.f_trace.__name__ if saved.f_trace else '-') + str(saved.f_lineno)) if saved else '')
    me = (LOCALS['A'] if tag == 'G' else LOCALS['C']) if event == 'call' else LOCALS[tag]
    back = frame.f_back if inCase(frame.f_back) else None
    if event == 'call' and frame.f_code.co_name == 'gen2' and saved is None: saved = frame
    if a == 'r': return me
    if a == 'n': return None
    if a == 'o': return LOCALS[{'A': 'B', 'B': 'C', 'C': 'A'}[me.__name__]]
    if a == 'x': frame.f_trace = None; return None
    if a == 'b':
        if back: back.f_trace = me
        return me
    if a == 'l': frame.f_trace_lines = False; return me
    if a == 'L':
        frame.f_trace_lines = True
        if back: back.f_trace_lines = True
        return me
    if a == 'm':
        if back: back.f_trace_lines = False
        return me
    if a == 's': settrace(None); return me
    if a == 'S': settrace(G); return me
    if a == 'g': settrace(H); return me
    if a == 'e': raise TErr('t' + str(cnt))
    if a == 'E' and event != 'line' and event != 'call': raise TErr('T' + str(cnt))
    if a == 'k':
        if saved: saved.f_trace = me
        return me
    if a == 'K':
        if saved: saved.f_trace = None
        return me
    if a == 'j':
        if saved: saved.f_trace_lines = not saved.f_trace_lines
        return me
    if a == 'w':
        L = frame.f_locals
        for v in ['t', 's', 'r', 'total']:
            if type(L.get(v)) is int: L[v] = L[v] + 1000; break
        return me
    return me
def G(frame, event, arg): return step('G', frame, event, arg)
def H(frame, event, arg): return step('H', frame, event, arg)
def A(frame, event, arg): return step('A', frame, event, arg)
def B(frame, event, arg): return step('B', frame, event, arg)
def C(frame, event, arg): return step('C', frame, event, arg)
LOCALS['A'] = A; LOCALS['B'] = B; LOCALS['C'] = C
def Q(frame, event, arg): return None










class Boom(Exception): pass
def leaf(x):
    if x % 3 == 0:
        raise Boom('leaf')

    return x + 1

def mid(x):
    t = 0
    try:
        t = leaf(x)
        t += leaf(x + 1)
    finally:
        t += 100

    return t

def top(x):
    r = 0
    try:
        r = mid(x)
    except Exception as e:
        r = -1

    return r

def gen(n):
    i = 0
    while i < n:
        yield leaf(i + 1)
        i += 1

    return i

def deleg(n):
    r = yield from gen(n)
    yield r

def drive(n):
    g = deleg(n)
    keep.append(g)
    s = 0
    k = 0
    while k < n + 1:
        s += next(g)
        k += 1

    return s

def rec(d):
    if d == 0:
        return top(d + 2)

    try:
        return rec(d - 1) + 1
    finally:
        leaf(d + 1)


def gen2():
    i = 0
    while i < 40:
        try:
            yield i
        except Exception:
            i += 10

        i += 1

    return i

def thrower():
    g = gen2()
    keep.append(g)
    s = next(g)
    s += g.throw(Boom('in'))
    s += next(g)
    return s + swallow(s)

def swallow(x):
    try:
        return leaf(x) + leaf(x + 1)
    except Exception:
        raise Boom('wrap')
    finally:
        if x > 24:
            return 7



def cb(v):
    return leaf(v) * 2

def mapper(n):
    arr = [n, n + 1]
    out = list(map(cb, arr))
    out = list(map(lambda v: leaf(v + 1) + 1, out))
    return out[0] + len(out)

def pick(j):
    if j % 5 == 4:
        return mapper(j)

    if j % 5 == 3:
        return thrower()

    if j % 5 == 0:
        return rec(2)

    if j % 5 == 1:
        return drive(3 if j % 8 == 1 else 2)

    return top(j)

def main():
    total = 0
    j = 0
    while j < 11:
        settrace(G)
        try:
            total += pick(j)
        except Exception as e:
            print('caught', type(e).__name__, '-' if gettrace() is None else gettrace().__name__)

        j += 1

    settrace(None)
    return total

settrace(Q)
print('total', main())
settrace(None)
