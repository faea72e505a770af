# conformance mode=record
async def leaf(x):
    await asyncio.sleep(0)
    return x * 2

async def mid(x):
    y = await asyncio.create_task(leaf(x))
    return y + 1

async def top(x):
    z = await asyncio.create_task(mid(x))
    return z * 10

async def main():
    r = await asyncio.create_task(top(3))
    return r

import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main()); atexit.register(sys.settrace, sys.gettrace())
