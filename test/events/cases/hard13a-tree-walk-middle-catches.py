# conformance mode=record
def node(v, kids):
    return {'v': v, 'kids': kids}

def walk(t):
    if t['v'] < 0: raise Exception('bad node')
    yield t['v']
    for k in t['kids']:
        try:
            yield from walk(k)
        except Exception as e:
            yield 0



def main():
    tree = node(1, [node(2, [node(-1, []), node(4, [])]), node(3, [])])
    s = 0
    for v in walk(tree): s += v
    return s

main()
