# conformance mode=record
async def risky(n):
    await asyncio.sleep(0)
    if n > 1: raise Exception('big')
    return n

async def main():
    total = 0
    for i in range(3):
        try:
            total += await asyncio.create_task(risky(i))
        except Exception as e:
            await asyncio.sleep(0)
            total -= 10
        finally:
            await asyncio.sleep(0)


    return total

import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main()); atexit.register(sys.settrace, sys.gettrace())
