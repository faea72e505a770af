# conformance mode=back
def total(node, kids=None):
    kids = list(map(visit, node['kids'])) if kids is None else kids
    return node['v'] * 10 + len(kids)

def visit(k):
    return total(k)

def main():
    tree = {'v': 1, 'kids': [{'v': 2, 'kids': []}, {'v': 3, 'kids': []}]}
    return total(tree)

main()
