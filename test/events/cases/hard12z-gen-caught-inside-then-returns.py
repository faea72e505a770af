# conformance mode=record
def parse(s):
    if s == 'x': raise Exception('bad')
    return int(s)

def numbers(items):
    for s in items:
        try:
            yield parse(s)
        except Exception as e:
            return -1



def main():
    total = 0
    for n in numbers(['1', 'x', '3']): total += n
    g = numbers(['5', 'x'])
    next(g)
    r = next(g, None) or -1
    return total + r

main()
