import sys, re, os

def classify(word):
    if re.match(r"^\d+$", word):
        return "num"
    elif word.startswith("-"):
        return "flag"
    return "word"

kinds = {}
for w in sys.argv[1:]:
    k = classify(w)
    kinds[k] = (kinds.get(k) or 0) + 1
print(os.path.basename(sys.argv[0]).replace(".py", ".js"), ",".join(map(lambda k: k + "=" + str(kinds[k]), sorted(kinds))))
if len(sys.argv) > 3:
    print("many")
else:
    print("few")
