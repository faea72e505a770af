# conformance mode=record
def tally(rows, cap):
    total = 0
    for row in rows:
        for v in row:
            sw = v
            if sw == 0:
                break
            elif sw == 1:
                if total > cap:
                    pass
                else:
                    total += 5
            elif sw == 2:
                try:
                    total += 2
                    pass
                finally:
                    total += 7

            elif sw == 3:
                continue
            else:
                total += v

            total += 1


    return total

tally([[1, 2, 0, 9], [3, 4, 1], [0], [1, 1]], 20)
