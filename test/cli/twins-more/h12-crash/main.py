from lib import total
import sys
def main(args):
    print(total(args[0:2]))
    print(total(args))

main(sys.argv[1:])
