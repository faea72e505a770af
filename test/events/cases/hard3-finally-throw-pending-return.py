# conformance mode=record
class Cleanup(Exception): pass
def release(ok):
    if not ok:
        raise Cleanup('release')

    return 0

def use(ok):
    try:
        return 'value'
    finally:
        release(ok)


def use_in_loop(n):
    for i in range(n):
        try:
            if i == 1:
                return i

        finally:
            if i == 1:
                raise Cleanup('loop')



    return -1

def from_catch():
    try:
        raise TypeError('t')
    except TypeError as e:
        return 'caught'
    finally:
        release(False)


def main():
    log = use(True)
    try:
        log += use(False)
    except Cleanup as e:
        log += 'A'

    try:
        log += str(use_in_loop(3))
    except Cleanup as e:
        log += 'B'

    try:
        log += from_catch()
    except Cleanup as e:
        log += 'C'

    return log

main()
