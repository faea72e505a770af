# conformance mode=record
class IOError(Exception): pass
closed = 0
async def work(n):
    try:
        await asyncio.sleep(0)
        if n > 1: raise IOError('x')
        return n
    finally:
        await asyncio.sleep(0)
        global closed; closed += 1


async def main():
    got = 0
    for n in [1, 2]:
        try:
            got += await asyncio.create_task(work(n))
        except IOError as e:
            got += 100


    return got + closed

import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main()); atexit.register(sys.settrace, sys.gettrace())
