# conformance mode=record
def find(items, target):
    checks = 0
    try:
        for x in items:
            checks += 1
            if x == target:
                return checks


    finally:
        checks = -1

    return 0

find([4, 5, 6], 5)
find([4], 9)
