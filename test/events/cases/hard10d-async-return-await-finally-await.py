# conformance mode=locals
async def fetch(v):
    await asyncio.sleep(0)
    return v * 3

async def get(v):
    tag = 'start'
    try:
        return await asyncio.create_task(fetch(v))
    finally:
        tag = 'done'
        await asyncio.sleep(0)
        tag = 'after'


async def main():
    r = await asyncio.create_task(get(2))
    return r + 1

import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main()); atexit.register(sys.settrace, sys.gettrace())
