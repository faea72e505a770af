# conformance mode=record
class Oops(Exception): pass
async def job(name, failAt):
    done = 0
    for i in range(3):
        try:
            await asyncio.sleep(0)
            if i == failAt: raise Oops(name)
            done += 1
        except Oops as e:
            done += 10


    return done

async def main():
    r = await asyncio.gather(job('a', 1), job('b', -1), job('c', 0))
    return r[0] + r[1] + r[2]

import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main()); atexit.register(sys.settrace, sys.gettrace())
