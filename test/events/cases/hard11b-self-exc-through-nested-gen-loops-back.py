# conformance mode=self
from sys import settrace
class Boom(Exception): pass
def T(frame, event, arg):
    b = frame.f_back; bn = b.f_code.co_name + ':' + str(b.f_lineno) if b is not None and b.f_code.co_name != '<module>' else '-'
    print(event, frame.f_code.co_name, frame.f_lineno, arg[0].__name__ if event == 'exception' else ('none' if arg is None else arg) if event == 'return' else '', '<', bn)
    return T

def tidy(tag):
    return tag

def numbers(limit):
    try:
        for i in range(limit):
            if i == 3: raise Boom('n')
            yield i

    finally:
        tidy('numbers')


def doubled(limit):
    try:
        for v in numbers(limit):
            yield v * 2

    finally:
        tidy('doubled')


def consume(limit):
    total = 0
    try:
        for w in doubled(limit):
            total += w

    finally:
        tidy('consume')

    return total

def main():
    try:
        return consume(2) + consume(5)
    except Boom as e:
        return tidy(-1)


settrace(T)
print('result', main())
settrace(None)
