# conformance mode=record
async def main():
    log = 0
    for i in range(4):
        try:
            if i == 1: continue
            if i == 3: break
            await asyncio.sleep(0)
            log += i
        finally:
            await asyncio.sleep(0)
            log += 10


    return log

import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main()); atexit.register(sys.settrace, sys.gettrace())
