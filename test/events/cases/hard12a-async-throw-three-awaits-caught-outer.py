# conformance mode=record
class ValueError(Exception): pass
async def parse(s):
    await asyncio.sleep(0)
    if s == 'bad': raise ValueError(s)
    return len(s)

async def load(s):
    n = await asyncio.create_task(parse(s))
    return n + 1

async def handle(s):
    v = await asyncio.create_task(load(s))
    return v * 2

async def main():
    out = 0
    try:
        out = await asyncio.create_task(handle('bad'))
    except ValueError as e:
        out = -1

    return out

import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main()); atexit.register(sys.settrace, sys.gettrace())
