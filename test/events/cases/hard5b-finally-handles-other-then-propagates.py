# conformance mode=record
class Primary(Exception): pass
class Noise(Exception): pass
def leaf():
    raise Primary('p')

def noisy():
    raise Noise('n')

def mid():
    n = 0
    try:
        leaf()
    finally:
        try:
            noisy()
        except Noise as x:
            n = 1


    return n

def top():
    try:
        return mid()
    except Primary as e:
        return -1


top()
