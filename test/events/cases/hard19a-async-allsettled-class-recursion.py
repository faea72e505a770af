# conformance mode=record
class Store:
    async def get(self, k):
        await asyncio.sleep(0)
        if k < 0: raise Exception('neg')
        return k * 2


async def one(s, k): await asyncio.sleep(0); return await asyncio.create_task(s.get(k))
async def depth(s, k):
    if k == 0: return await asyncio.create_task(s.get(-1))
    try:
        return await asyncio.create_task(depth(s, k - 1))
    except Exception as e:
        if k < 2: raise e
        return k


async def main():
    s = Store()
    res = await asyncio.gather(one(s, 1), one(s, -1), depth(s, 2), return_exceptions=True)
    return len(res)

import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main()); atexit.register(sys.settrace, sys.gettrace())
