# conformance mode=record
async def w(name, n):
    for i in range(n):
        await asyncio.sleep(0)

    return name

async def main():
    asyncio.create_task(w('x', 3))
    asyncio.create_task(w('y', 1))
    asyncio.create_task(w('z', 2))
    for t in range(3):
        await asyncio.sleep(0)

    return 'end'

import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main()); atexit.register(sys.settrace, sys.gettrace())
