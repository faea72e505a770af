# conformance mode=record
async def fail(x):
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    raise Exception('bad')

async def mid():
    p = asyncio.create_task(fail(1))
    await asyncio.sleep(0)
    try:
        return await p
    finally:
        await asyncio.sleep(0)


async def main():
    try:
        await asyncio.create_task(mid())
    except Exception as e:
        return 'caught'


import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main()); atexit.register(sys.settrace, sys.gettrace())
