# conformance mode=locals
async def walk(n):
    here = n * 10; sub = 0
    try:
        if n == 0: await asyncio.sleep(0); raise Exception('bottom')
        sub = await asyncio.create_task(walk(n - 1))
        return sub + here
    except Exception as err:
        if n % 2 == 0: raise err
        return here
    finally:
        await asyncio.sleep(0)


async def main():
    r = await asyncio.create_task(walk(3))
    return r

import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main()); atexit.register(sys.settrace, sys.gettrace())
