# conformance mode=record
async def cleanup(tag):
    await asyncio.sleep(0)
    return tag

async def work():
    try:
        raise Exception('boom')
    finally:
        await asyncio.create_task(cleanup('c'))
        x = 1


async def main():
    try:
        await asyncio.create_task(work())
    except Exception as e:
        return 'caught'


import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main()); atexit.register(sys.settrace, sys.gettrace())
