# conformance mode=locals
async def tick(v): await asyncio.sleep(0); return v
async def work(n):
    acc = 0; i = 0
    while i < n:
        try:
            if i == 1: raise Exception('one')
            got = await asyncio.create_task(tick(i))
            acc += got; del got
        except Exception as err:
            bump = await asyncio.create_task(tick(10))
            acc += bump; del bump
        finally:
            i += await asyncio.create_task(tick(1))


    return acc

async def main():
    r = await asyncio.create_task(work(3))
    return r

import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main()); atexit.register(sys.settrace, sys.gettrace())
