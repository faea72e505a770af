# conformance mode=record
async def get(v):
    await asyncio.sleep(0)
    return v

async def main():
    a = (await asyncio.create_task(get(1))) if await asyncio.create_task(get(True)) else await asyncio.create_task(get(2))
    b = (await asyncio.create_task(get(0))) or await asyncio.create_task(get(5))
    return a + b

import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main()); atexit.register(sys.settrace, sys.gettrace())
