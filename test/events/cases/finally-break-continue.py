# conformance mode=record
def drain(n):
    count = 0
    for i in range(n):
        try:
            if i == 1:
                continue

            if i == 3:
                break

            count += 1
        finally:
            count += 10


    return count

drain(5)
