# conformance mode=self
from sys import settrace
def T(frame, event, arg):
    chain = []; b = frame.f_back
    while b and b.f_code.co_name != '<module>': chain.append(b.f_code.co_name[0] + str(b.f_lineno)); b = b.f_back
    print(event[0], frame.f_code.co_name, frame.f_lineno, ' '.join(chain))
    return T

class Bottom(Exception): pass
def ping(n, log):
    if n == 0: raise Bottom('0')
    try:
        return pong(n - 1, log) + 1
    finally:
        log.append(n)


def pong(n, log):
    try:
        return ping(n, log) * 2
    except Bottom as e:
        if n < 2: raise e
        return ping(1 if n - 2 < 1 else n - 2, log)


def main():
    log = []
    try:
        pong(3, log)
    except Bottom as e:
        log.append(-1)

    return len(log)

settrace(T)
main()
settrace(None)
