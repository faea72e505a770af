# conformance mode=locals
def swap(pair):
    a, b = pair
    a, b = b, a
    box = {'w': a, 'h': b}
    w, h = box['w'], box['h']
    return w * 10 + h

swap([1, 2])
