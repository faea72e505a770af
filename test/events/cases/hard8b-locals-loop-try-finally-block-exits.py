# conformance mode=locals
def weigh(v):
    return (-v if v < 0 else v) % 7

def scan(items):
    total = 0
    k = 0
    while k < len(items):
        item = items[k]; k += 1
        try:
            half = weigh(item)
            if item < 0: del half; continue
            if item > 50: del half; break
            total += half; del half
        finally:
            seen = k * 100
            total += seen; del seen; del item


    return total

def main():
    r = scan([3, -1, 9, 60, 4])
    r += scan([-2, -3])
    return r

main()
