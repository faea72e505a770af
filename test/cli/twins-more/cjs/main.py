import sys
import shapes
import util

def run(args):
    s = shapes.Shape.make(args[0] if args else "sq")
    print(s.label, s.area(), shapes.Shape.count)
    xs = util.scale([1, 2, 3], len(args) + 1)
    print(util.total(xs), util.fib(5))
    return len(args)

n = run(sys.argv[1:])
print("args", n)
