# conformance mode=locals
def tally(items):
    count = 0
    last = ''
    def see(x):
        nonlocal count, last; count += 1
        last = x

    for it in items:
        see(it); del it

    count = count * 100

def relabel(tag):
    name = tag
    def set(v):
        nonlocal name; name = v

    set(tag + '1')
    if len(name) > 1:
        set(name + '2')


def main():
    tally(['a', 'b'])
    relabel('x')
    return 0

main()
