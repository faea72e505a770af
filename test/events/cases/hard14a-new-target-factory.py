# conformance mode=record
def Shape(n, this=None):
    if this is None:
        return (Shape(n + 1, t := {}), t)[1]

    this['n'] = n

def main():
    a = Shape(1)
    b = (Shape(5, t := {}), t)[1]
    return a['n'] + b['n']

main()
