# conformance mode=record
async def more(i):
    await asyncio.sleep(0)
    return i < 2

async def main():
    i = 0
    while await asyncio.create_task(more(i)):
        i += 1

    return i

import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main()); atexit.register(sys.settrace, sys.gettrace())
