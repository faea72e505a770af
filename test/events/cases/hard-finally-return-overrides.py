# conformance mode=record
def thrower():
    raise TypeError('lost')

def mid():
    thrower()
    return 'unreached'

def override():
    try:
        mid()
    finally:
        return 'override'


def override_return():
    try:
        return 'try'
    finally:
        return 'finally'


def override_in_loop():
    for i in range(3):
        try:
            if i == 1:
                raise Exception('loop')

        finally:
            if i == 1:
                return i



    return -1

def main():
    a = override()
    b = override_return()
    c = override_in_loop()
    return a + b + str(c)

main()
