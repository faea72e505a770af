# conformance mode=record
async def worker(name, n):
    i = 0
    while i < n:
        await asyncio.sleep(0)
        i += 1

    return name + str(i)

async def main():
    a = asyncio.create_task(worker('a', 2))
    b = asyncio.create_task(worker('b', 3))
    ra = await a
    rb = await b
    return ra + rb

import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main()); atexit.register(sys.settrace, sys.gettrace())
