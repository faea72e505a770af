# conformance mode=record
def first_positive(rows):
    found = []
    for row in rows:
        for v in row:
            if v > 0:
                found.append(v)
                break



    return len(found)

first_positive([[-1, 2, 3], [-4, -5], [6]])
