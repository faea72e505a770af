# conformance mode=record
def pick(k):
    r = 0
    sw = k
    if sw == 1:
        r += 1
    if sw == 1 or sw == 2: r += 2
    elif sw == 3: r += 3
    else:
        r += 100

    return r

def mid(k):
    r = 0
    sw = k
    if sw == 1: r = 1
    # (default in the middle: never reached here)
    elif sw == 2: r += 2

    return r

def main():
    t = 0
    for k in [1, 2, 3, 4]:
        t += pick(k)

    t += mid(1) + mid(2)
    return t

main()
