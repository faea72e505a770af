# conformance mode=record
def first_long(words):
    found = 'none'
    for k in words:
        if len(k) < 4:
            continue

        found = k
        break

    return found

first_long({'ox': 1, 'cat': 2, 'horse': 3, 'zebra': 4})
