# conformance mode=record
def node(v, kids):
    return {'v': v, 'kids': kids}

def walk(t, depth):
    if t['v'] < 0: raise Exception('bad node')
    yield t['v']
    for k in t['kids']: yield from walk(k, depth + 1)

def main():
    tree = node(1, [node(2, [node(-1, [])]), node(3, [])])
    s = 0
    try:
        for v in walk(tree, 0): s += v
    except Exception as e:
        s = -s

    return s

main()
