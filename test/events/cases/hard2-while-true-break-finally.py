# conformance mode=record
def pump(limit):
    n = 0
    cleanups = 0
    while True:
        try:
            n += 1
            if n >= limit:
                break

            if n == 1:
                continue

        finally:
            cleanups += 1


    return n * 10 + cleanups

pump(3)
