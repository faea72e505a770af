# conformance mode=record
class Bad(Exception): pass
async def check(n):
    await asyncio.sleep(0)
    if n % 2: raise Bad(str(n))
    return n

async def main():
    ok = 0; bad = 0
    for n in range(4):
        try:
            ok += await asyncio.create_task(check(n))
        except Bad as e:
            bad += 1


    return ok * 10 + bad

import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main()); atexit.register(sys.settrace, sys.gettrace())
