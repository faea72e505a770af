# conformance mode=record
class Store:
    async def load(self, k):
        await asyncio.sleep(0)
        if k == 'x': raise KeyError(k)
        return k * 2


class Cached(Store):
    def __init__(self):
        self.hits = 0

    async def load(self, k):
        self.hits += 1
        try:
            return await asyncio.create_task(super().load(k))
        except KeyError as e:
            return '?'



class KeyError(Exception): pass
async def main():
    c = Cached()
    r = await asyncio.create_task(c.load('a')) + await asyncio.create_task(c.load('x'))
    return r + str(c.hits)

import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main()); atexit.register(sys.settrace, sys.gettrace())
