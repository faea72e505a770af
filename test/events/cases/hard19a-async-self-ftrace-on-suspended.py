# conformance mode=self
from sys import settrace
saved = None
def L(frame, event, arg): return None if event == 'exception' and arg[0] is StopIteration else rep(frame, event)
def G(frame, event, arg):
    if frame.f_code.co_filename != __file__ or frame.f_code.co_name == 'main': return None
    print('G', event, frame.f_code.co_name, frame.f_lineno, 'L' if frame.f_trace is L else '-')
    global saved; saved = frame if frame.f_code.co_name == 'sleeper' and saved is None else saved
    return None
def rep(frame, event): print('L', event, frame.f_code.co_name, frame.f_lineno); return None if event == 'line' and frame.f_lineno == 15 else L
async def sleeper():
    x = 0
    await asyncio.sleep(0)
    x = await asyncio.sleep(0, 5)
    x += await asyncio.sleep(0, 6)
    await asyncio.sleep(0)
    return x

async def poker():
    await asyncio.sleep(0)
    saved.f_trace = L
    return saved.f_lineno

async def main():
    settrace(G)
    a = asyncio.create_task(sleeper()); b = asyncio.create_task(poker())
    print('got', await a, await b)
    settrace(None)

import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main())
