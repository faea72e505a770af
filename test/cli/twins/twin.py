def square(x):
    return x * x

def classify(n):
    if n % 2 == 0:
        kind = "even"
    else:
        kind = "odd"
    return kind

def main(limit):
    total = 0
    for i in range(limit):
        total += square(i)
        if classify(i) == "odd":
            total -= 1
    while total > 10:
        total -= 7
    try:
        raise ValueError(total)
    except ValueError as e:
        total = -total
    if total > 1000:
        print("never")
    return total

print("result:", main(5))
