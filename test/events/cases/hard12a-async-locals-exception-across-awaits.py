# conformance mode=locals
class Fail(Exception): pass
async def inner(x):
    y = x * 2
    await asyncio.sleep(0)
    if y > 2: raise Fail('big')
    return y

async def outer(x):
    tag = 'o'
    try:
        r = await asyncio.create_task(inner(x))
        tag = tag + str(r); del r
    except Fail as e:
        tag = tag + '!'

    return tag

async def main():
    a = await asyncio.create_task(outer(1))
    b = await asyncio.create_task(outer(5))
    return a + b

import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main()); atexit.register(sys.settrace, sys.gettrace())
