# conformance mode=locals
memo = {}
hits = 0
def ways(n, coins):
    key = str(n) + ':' + str(len(coins))
    if key in memo:
        global hits; hits += 1
        return memo[key]

    total = 0
    if n == 0:
        total = 1
    elif n > 0 and len(coins) > 0:
        total = ways(n - coins[0], coins) + ways(n, coins[1:])

    memo[key] = total
    return total

def main():
    a = ways(6, [1, 2, 5])
    before = hits
    b = ways(6, [1, 2, 5])
    return a * 100 + b + before

main()
