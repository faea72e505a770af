# conformance mode=record
def sum_prices(prices):
    total = 0
    for k in prices:
        total += prices[k]

    return total

sum_prices({'apple': 3, 'pear': 4, 'fig': 5})
sum_prices({})
