# conformance mode=record
class Bag:
    def each(self):
        for it in self.items:
            if it is None: raise Exception('hole')
            yield it



def main():
    b = Bag()
    b.items = [1, None]
    t = 0
    try:
        for v in b.each(): t += v
    except Exception as e:
        t = 0

    return t

main()
