# conformance mode=locals
async def main():
    acc = 0
    i = 0; step = 0
    while i < 6:
        i += 1
        await asyncio.sleep(0)
        if i % 2 == 0: continue
        if i > 4: break
        step = await asyncio.create_task(twice(i))
        acc += step

    return acc

async def twice(k):
    await asyncio.sleep(0)
    return k * 2

import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main()); atexit.register(sys.settrace, sys.gettrace())
