# conformance mode=record
class Locked(Exception): pass
def has(target, key):
    return key in target.keys

def drop(target, key):
    if len(target.keys) == 1:
        raise Locked(key)

    target.keys.pop(0)
    return True

traps = type('Bag', (), {'__contains__': has, '__delattr__': drop})
def purge(keys):
    bag = traps(); bag.keys = keys
    n = 0
    try:
        while 'a' in bag:
            del bag.a
            n += 1

    except Locked as e:
        n = -n

    return n

def main():
    return purge(['a', 'a', 'b']) * 10 + purge(['a', 'a'])

main()
