# conformance mode=record
async def tick(v):
    await asyncio.sleep(0)
    return v

async def guarded(n):
    try:
        if n > 0: raise Exception('lost')
        return 'normal'
    finally:
        v = await asyncio.create_task(tick(n))
        if v > 0: return 'swallowed'


async def main():
    a = await asyncio.create_task(guarded(0))
    b = await asyncio.create_task(guarded(1))
    return a + b

import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main()); atexit.register(sys.settrace, sys.gettrace())
