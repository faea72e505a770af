# conformance mode=locals
async def limit(n):
    await asyncio.sleep(0)
    return n

def pick(a, b):
    return a * 10 + b

async def main():
    i = 0
    while i < await asyncio.create_task(limit(2)):
        i += 1
    if await asyncio.create_task(limit(0)):
        i = 100
    elif await asyncio.create_task(limit(i)) > 1:
        i = pick(await asyncio.create_task(limit(3)), i)

    return i

import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main()); atexit.register(sys.settrace, sys.gettrace())
