# conformance mode=back
class Unsafe(Exception): pass
def html(strings, *vals):
    out = strings[0]
    for i in range(len(vals)):
        out += esc(vals[i]) + strings[i + 1]

    return out

def esc(v):
    if str(v).startswith('<s'): raise Unsafe(str(v))
    return str(v)

def item(n):
    return html(('<li>', ':', '</li>'), n, label(n))

def label(n):
    return '<script>' if n > 9 else str(n * n)

def list_(ns):
    try:
        return html(('<ul>', '</ul>'), ''.join(map(item, ns)))
    except Unsafe as e:
        return raw(('', '!', ''), str(e), len(ns))


def raw(strings, *vals):
    return strings[1].join(map(str, vals))

def main():
    a = list_([1, 2])
    b = list_([3, 12, 4])
    return a + '|' + b

main()
