from guard import check

def run():
    n = check([1, 2])
    print("first", n)
    check([5, -1, 7])
    print("unreachable")

run()
print("after")
