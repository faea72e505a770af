# conformance mode=back
class Missing(Exception): pass
stock = {'apple': 3, 'pear': 0, 'fig': 5}
def checkItem(name):
    n = stock.get(name)
    if n is None: raise Missing(name)
    return n

def fill(qty, name):
    global total; total += qty if checkItem(name) > 0 else 0

total = 0
def place(order):
    try:
        list(map(fill, order.values(), order.keys()))
    except Missing as e:
        raise Exception('order:' + str(e))


failed = {}
def placeOne(order):
    try:
        place(order)
    except Exception as e:
        failed[str(e)] = None


def restock(n, name):
    if n == 0: stock[name] = count(name)

def count(name):
    return len(name)

def main():
    orders = [{'apple': 1, 'fig': 2}, {'pear': 4, 'kiwi': 1, 'fig': 9}, {'nut': 1}]
    list(map(placeOne, orders))
    list(map(restock, stock.values(), stock.keys()))
    list(map(placeOne, orders))
    return str(total) + ','.join(failed)

main()
