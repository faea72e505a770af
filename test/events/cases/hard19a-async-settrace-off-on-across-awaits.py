# conformance mode=record
from sys import settrace, gettrace
saved = None
async def worker(k):
    await asyncio.sleep(0)
    if k == 1: global saved; saved = gettrace(); settrace(None)
    await asyncio.sleep(0)
    if k == 3 and saved: settrace(saved)
    await asyncio.sleep(0)
    return k

async def main():
    r = await asyncio.gather(worker(1), worker(2), worker(3))
    await asyncio.create_task(worker(4))
    return len(r)

import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main()); atexit.register(sys.settrace, sys.gettrace())
