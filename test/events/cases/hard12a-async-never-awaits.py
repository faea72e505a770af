# conformance mode=record
async def quick(a):
    b = a + 1
    return b * 2

async def main():
    p = asyncio.create_task(quick(4))
    await asyncio.sleep(0)
    q = asyncio.create_task(quick(5))
    await asyncio.sleep(0)
    return 'done'

import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main()); atexit.register(sys.settrace, sys.gettrace())
