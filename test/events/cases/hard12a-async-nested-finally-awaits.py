# conformance mode=record
trail = ''
async def op():
    try:
        try:
            await asyncio.sleep(0)
            global trail; trail += 'a'
            return 'inner'
        finally:
            await asyncio.sleep(0)
            trail += 'b'

    finally:
        await asyncio.sleep(0)
        trail += 'c'


async def main():
    r = await asyncio.create_task(op())
    return r + trail

import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main()); atexit.register(sys.settrace, sys.gettrace())
