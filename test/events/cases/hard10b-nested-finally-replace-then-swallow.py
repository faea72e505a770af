# conformance mode=record
class First(Exception): pass
class Second(Exception): pass
def cleanup(n):
    if n > 1: raise Second('cleanup')
    return n

def task(n):
    try:
        try:
            raise First('task')
        finally:
            cleanup(n)

    finally:
        if n > 2: return n


def main():
    out = []
    for n in [1, 2, 3]:
        try:
            out.append(task(n))
        except (First, Second) as e:
            out.append('first' if isinstance(e, First) else 'second')


    return len(out)

main()
