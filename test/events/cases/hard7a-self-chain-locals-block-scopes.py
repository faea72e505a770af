# conformance mode=self
from sys import settrace
def show(f):
    L = f.f_locals
    parts = [k + '=' + str(L[k]) for k in sorted(L) if type(L[k]) in (int, str)]
    return f.f_code.co_name + '@' + str(f.f_lineno) + '{' + ','.join(parts) + '}'

def T(frame, event, arg):
    chain = []; f = frame
    while f is not None and f.f_code.co_name != '<module>': chain.append(show(f)); f = f.f_back
    print(event, ' < '.join(chain))
    return T

def leaf(n):
    sq = n * n
    return sq

def mid(xs):
    total = 0
    for x in xs:
        if x > 1:
            big = x * 10
            total += leaf(big); del big, x
        else:
            small = x
            total += leaf(small); del small, x


    try:
        raise Exception('t' + str(total))
    except Exception as e:
        msg = str(e)
        total += len(msg); del msg

    return total

settrace(T)
print('result', mid([1, 2]))
settrace(None)
