# conformance mode=record
def add(a, b):
    return a + b

def apply(xs, fn):
    out = []
    for v in xs:
        out.append(fn(v))

    return out

def main():
    x = 1
    y = add(x, 2
    )
    s = """multi
line"""
    items = [x, y, add(1, 1),
    ]
    if (add(x, y) > 0
    ):
        x = add(add(x, y), y
        )

    while (x < 12
    ):
        x = add(x, 4)

    doubled = apply(items, lambda v: v * 2
    )
    t = {'a': x, 'b': add(y, 0),
    }
    return add(len(s), len(doubled) + t['a']
    )

main()
