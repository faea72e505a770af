# conformance mode=record
async def task(name, n):
    i = 0
    while i < n:
        await asyncio.sleep(0)
        i += 1

    return name

async def main():
    res = await asyncio.gather(task('a', 1), task('b', 3), task('c', 2))
    return ''.join(res)

import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main()); atexit.register(sys.settrace, sys.gettrace())
