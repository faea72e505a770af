# conformance mode=record
def gen(x):
    y = x * 2
    if y > 3: raise Exception('early')
    yield y

def first(g):
    return list(g)[0]

def main():
    a = first(gen(1))
    try:
        a += first(gen(5))
    except Exception as e:
        a += 100

    return a

main()
