sys = __import__("sys")

def classify(n):
	# tab-indented comment
	if n % 2 == 0:
		return "even"
	elif n % 3 == 0:
		return "three"
	return "other"   

def unused():
    return "é ünïcode"

for a in sys.argv[1:]:
    print(a, classify(int(a)))
