# conformance mode=record
async def leaf(n):
    await asyncio.sleep(0)
    raise Exception('leaf' + str(n))

async def mid(n):
    v = await asyncio.create_task(leaf(n))
    return v

async def upper(n):
    return await asyncio.create_task(mid(n))

async def main():
    try:
        await asyncio.create_task(upper(1))
    except Exception as e:
        msg = str(e)

    return msg

import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main()); atexit.register(sys.settrace, sys.gettrace())
