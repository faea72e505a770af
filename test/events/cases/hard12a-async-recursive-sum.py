# conformance mode=record
async def sum(n):
    await asyncio.sleep(0)
    if n == 0: return 0
    rest = await asyncio.create_task(sum(n - 1))
    return n + rest

async def main():
    return await asyncio.create_task(sum(3))

import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main()); atexit.register(sys.settrace, sys.gettrace())
