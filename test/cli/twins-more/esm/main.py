import sys
from seq import chunks, safe_div
from acc import Acc, make_counter

def depth(t):
    if not isinstance(t, list):
        return 0
    return 1 + max(list(map(lambda c: depth(c), t)) + [0])

inc = make_counter()
for c in chunks(sys.argv[1:], 2):
    print(len(c), inc(len(c)))
print(str(safe_div(1, 0)).replace("None", "null"), safe_div(6, 3))
a = Acc.of(4)
print(a.total(), depth([1, [2, [3]], []]))
