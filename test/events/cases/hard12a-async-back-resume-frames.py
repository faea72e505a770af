# conformance mode=back
def helper(x):
    return x + 1

async def inner(x):
    a = helper(x)
    await asyncio.sleep(0)
    return helper(a)

async def outer():
    v = await asyncio.Task(inner(1), loop=loop, eager_start=True)
    return helper(v)

async def main():
    r = await asyncio.Task(outer(), loop=loop, eager_start=True)
    return r

import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main()); atexit.register(sys.settrace, sys.gettrace())
