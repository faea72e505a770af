# conformance mode=record
class Tired(Exception): pass
calls = [0]
def more(limit):
    calls[0] += 1
    if calls[0] == limit: raise Tired('n')
    return calls[0] < 6

def drain(limit):
    got = 0
    try:
        while more(limit):
            got += 1

    finally:
        calls[0] = 0

    return got

def pump(limit):
    got = 0
    while True:
        got += 1; got += 1
        if got > 6: break
        if not more(limit): break
    return got

def main():
    a = drain(9)
    try:
        a += drain(3)
    except Tired as e:
        a += 50

    b = pump(9)
    try:
        b += pump(5)
    except Tired as e:
        b -= 50

    return a * 100 + b

main()
