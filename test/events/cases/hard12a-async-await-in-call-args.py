# conformance mode=record
def combine(a, b):
    return a * 10 + b

async def get(n):
    await asyncio.sleep(0)
    return n

async def main():
    r = combine(await asyncio.create_task(get(1)), await asyncio.create_task(get(2)))
    s = combine(await asyncio.create_task(get(3)), 5)


    return r + s

import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main()); atexit.register(sys.settrace, sys.gettrace())
