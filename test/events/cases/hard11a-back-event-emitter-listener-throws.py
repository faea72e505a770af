# conformance mode=back
class ListenerError(Exception): pass
class Emitter:
    def __init__(self):
        self.handlers = {}

    def on(self, name, fn):
        if not (name in self.handlers): self.handlers[name] = []
        self.handlers[name].append(fn)

    def emit(self, name, value):
        called = 0
        for fn in self.handlers.get(name) or []:
            try:
                fn(value)
                called += 1
            except Exception as e:
                report(name, e)


        return called


def report(name, e):
    return len(name) + len(str(e))

def onData(v):
    if v < 0: raise ListenerError('negative')
    return v * 2

def logger(v):
    return str(v)

def main():
    em = Emitter()
    em.on('data', onData)
    em.on('data', logger)
    n = em.emit('data', 5)
    n += em.emit('data', -1)
    n += em.emit('close', 0)
    return n

main()
