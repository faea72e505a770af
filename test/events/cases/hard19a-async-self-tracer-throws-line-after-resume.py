# conformance mode=self
from sys import settrace, gettrace
def L(frame, event, arg): return None if event == 'exception' and arg[0] is StopIteration else rep(frame, event)
def G(frame, event, arg):
    if frame.f_code.co_filename != __file__ or frame.f_code.co_name == 'main': return None
    print('G', event, frame.f_code.co_name, frame.f_lineno)
    if frame.f_code.co_name == 'work' and frame.f_lineno == 99: raise Exception('tracer')
    return L
def rep(frame, event): print('L', event, frame.f_code.co_name, frame.f_lineno); return (_ for _ in ()).throw(Exception('T')) if event == 'line' and frame.f_lineno == 14 else L
async def work():
    s = 1
    try:
        await asyncio.sleep(0)
        s = 2
    except Exception as e:
        s = 3

    await asyncio.sleep(0)
    return s

async def main():
    settrace(G)
    r = await asyncio.create_task(work())
    print('got', r, 'y' if gettrace() is None else 'n')

import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main())
