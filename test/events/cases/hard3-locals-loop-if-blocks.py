# conformance mode=locals
def classify(items):
    evens = 0
    odds = ''
    idx = 0
    while idx < len(items):
        item = items[idx]
        if item % 2 == 0:
            half = item // 2
            evens += half; del half
        else:
            tag = 'o' + str(item)
            odds += tag
            if item > 4:
                big = item * 100
                evens += big; del big

            odds += '.'; del tag

        idx += 1; del item

    return odds + str(evens)

classify([4, 3, 7, 2])
