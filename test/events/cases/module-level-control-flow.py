# conformance mode=record
def bump(n):
    return n + 1

total = 0
for k in {'a': 1, 'b': 2}:
    total = bump(total)

# done:
if total > 1:
    total = -total
    pass
else:
    total = 0

try:
    total = bump(total)
finally:
    total += 10

