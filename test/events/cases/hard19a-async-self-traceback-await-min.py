# conformance mode=self
from sys import settrace
def G(frame, event, arg):
    if frame.f_code.co_filename != __file__ or frame.f_code.co_name == 'main': return None
    if event == 'exception' and arg[0] is not StopIteration: print('E', frame.f_code.co_name, arg[2].tb_frame.f_code.co_name, '-' if arg[2].tb_next is None else arg[2].tb_next.tb_frame.f_code.co_name)
    return G

async def a():
    await asyncio.sleep(0)
    raise Exception('x')

async def b():
    try:
        await asyncio.create_task(a())
    except Exception as e:
        return 'ok'


async def main():
    settrace(G)
    print(await asyncio.create_task(b()))
    settrace(None)

import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main())
