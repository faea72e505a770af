# conformance mode=record
async def runner(name, steps):
    for i in range(steps):
        await asyncio.sleep(0)

    return name

async def main():
    w = (await asyncio.wait([asyncio.create_task(runner('slow', 4)), asyncio.create_task(runner('fast', 1))], return_when=asyncio.FIRST_COMPLETED))[0].pop().result()
    return w

import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main()); atexit.register(sys.settrace, sys.gettrace())
