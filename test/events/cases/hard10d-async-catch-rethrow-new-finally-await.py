# conformance mode=record
class Wrapped(Exception): pass
async def fail():
    await asyncio.sleep(0)
    raise Exception('inner')

async def middle():
    try:
        await asyncio.create_task(fail())
    except Exception as e:
        raise Wrapped('outer')
    finally:
        await asyncio.sleep(0)


async def main():
    try:
        await asyncio.create_task(middle())
    except Exception as e:
        return 'wrapped' if isinstance(e, Wrapped) else 'plain'


import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main()); atexit.register(sys.settrace, sys.gettrace())
