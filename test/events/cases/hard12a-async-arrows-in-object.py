# conformance mode=record
class ops:
    async def inc(x): await asyncio.sleep(0); return x + 1
    async def twice(x):
        y = await asyncio.create_task(ops.inc(x))
        await asyncio.sleep(0)
        return y * 2


async def main():
    a = await asyncio.create_task(ops.twice(3))
    b = await asyncio.create_task(ops.twice(a))
    return a + b

import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main()); atexit.register(sys.settrace, sys.gettrace())
