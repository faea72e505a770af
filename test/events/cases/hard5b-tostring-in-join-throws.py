# conformance mode=record
class Unprintable(Exception): pass
class Item:
    def __init__(self, v):
        self.v = v

    def __str__(self):
        if self.v < 0:
            raise Unprintable('neg')

        return 'i' + str(self.v)


def render(items):
    text = '?'
    try:
        text = ','.join(map(str, items))
    finally:
        text += ';'

    return text

def label(items):
    return f"[{render(items)}]"

def main():
    good = [Item(1), Item(2)]
    out = label(good)
    try:
        out += label([Item(3), Item(-1), Item(4)])
    except Unprintable as e:
        out += str(Item(9))

    return out

main()
