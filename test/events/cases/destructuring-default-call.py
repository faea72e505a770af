# conformance mode=back
def fallback():
    return 7

def size(opts):
    width = fallback() if 'width' not in opts else opts['width']; height = opts.get('height', 2)
    return width * height

size({'width': 3})
size({'height': 5})
