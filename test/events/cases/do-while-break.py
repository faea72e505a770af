# conformance mode=record
def probe(limit):
    tries = 0
    while True:
        tries += 1
        if limit < 5:
            break

        tries += 10
        if not tries < limit: break
    return tries

probe(2)
probe(8)
