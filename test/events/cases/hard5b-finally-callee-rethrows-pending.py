# conformance mode=record
class Fault(Exception): pass
last = None
def work(n):
    global last; last = Fault('work')
    raise last

def cleanup():
    if last is not None:
        raise last

    return 0

def run(n):
    out = 0
    try:
        try:
            out = work(n)
        finally:
            out += cleanup()

    except Fault as e:
        out = -1

    return out

def main():
    return run(1)

main()
