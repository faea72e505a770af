# conformance mode=back
key = 'run'
class K:
    def runFast(self, n):
        return getattr(self, f"{key}Slow")(n) + 1

    def runSlow(self, n):
        return n * 2

    def make():
        return K()
    make = staticmethod(make)

def main():
    return K.make().runFast(4)

main()
