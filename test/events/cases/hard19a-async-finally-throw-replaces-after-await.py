# conformance mode=record
async def tick(): await asyncio.sleep(0)
async def a():
    try:
        await asyncio.create_task(tick())
        raise Exception('first')
    finally:
        await asyncio.create_task(tick())
        raise TypeError('second')


async def b():
    try:
        return await asyncio.create_task(a())
    except Exception as e:
        await asyncio.create_task(tick())
        raise e


async def main():
    try:
        await asyncio.create_task(b())
    except Exception as e:
        return type(e).__name__


import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main()); atexit.register(sys.settrace, sys.gettrace())
