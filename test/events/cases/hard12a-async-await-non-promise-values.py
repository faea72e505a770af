# conformance mode=record
async def main():
    k = 0
    await Y([5])
    k += 1
    await Y(['txt'])
    await Y([True])
    await Y([{'a': 1}])
    k += 1
    await Y([None])
    return k

import atexit, collections, sys; Y = type('Y', (list,), {'__await__': list.__iter__}); atexit.register(collections.deque, main().__await__(), 0); atexit.register(sys.settrace, sys.gettrace())
