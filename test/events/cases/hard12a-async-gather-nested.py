# conformance mode=record
async def step(v, n):
    for i in range(n):
        await asyncio.sleep(0)

    return v

async def pair(a, b):
    r = await asyncio.gather(step(a, 1), step(b, 2))
    return r[0] + r[1]

async def main():
    r = await asyncio.gather(pair(1, 2), step(10, 3), pair(3, 4))
    return r[0] + r[1] + r[2]

import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main()); atexit.register(sys.settrace, sys.gettrace())
