# conformance mode=record
async def main():
    count = 0
    async def bump(by):
        await asyncio.sleep(0)
        nonlocal count; count += by
        return count

    a = await asyncio.create_task(bump(2))
    b = await asyncio.create_task(bump(a))
    return count * 10 + b

import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main()); atexit.register(sys.settrace, sys.gettrace())
