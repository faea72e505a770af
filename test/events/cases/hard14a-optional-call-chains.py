# conformance mode=back
def leaf(x):
    return x * 2

def pick(o):
    a = o['inner']['fn'](3) if o is not None and o.get('inner') is not None and o['inner'].get('fn') is not None else None
    b = o['missing']['fn'](4) if o is not None and o.get('missing') is not None and o['missing'].get('fn') is not None else None
    return (a if a is not None else 0) + (b if b is not None else 1)

def main():
    return pick({ 'inner': { 'fn': leaf } }) + pick(None) + pick({ 'inner': {} })

main()
