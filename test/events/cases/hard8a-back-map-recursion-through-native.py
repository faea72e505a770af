# conformance mode=back
class Leaf(Exception): pass
def value(node):
    if node['v'] < 0:
        raise Leaf('neg')

    return node['v']

def flat(node):
    if not node.get('kids'):
        return [value(node)]

    try:
        return sum(map(flat, node['kids']), [])
    except Leaf as e:
        if node.get('strict'):
            raise Leaf('strict')

        return [0]


def main():
    b = {'strict': True, 'kids': [{'v': -1}, {'v': 9}]}
    a = {'strict': True, 'kids': [{'v': 2}, b]}
    root = {'kids': [{'v': 1}, {'kids': [a]}, {'v': 4}]}
    return len(flat(root))

main()
