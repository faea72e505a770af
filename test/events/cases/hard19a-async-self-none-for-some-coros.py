# conformance mode=self
from sys import settrace
n = 0
def L(frame, event, arg): return None if event == 'exception' and arg[0] is StopIteration else rep(frame, event)
def G(frame, event, arg):
    if frame.f_code.co_filename != __file__ or frame.f_code.co_name == 'main': return None
    global n; n += 1; print('G', n, frame.f_code.co_name, frame.f_lineno, 'L' if frame.f_trace is L else '-' if frame.f_trace is None else '?')
    if frame.f_code.co_name == 'quiet': return L if n % 2 == 0 else None
    return L
def rep(frame, event): global n; n += 1; print('L', n, event, frame.f_code.co_name, frame.f_lineno); return None if event == 'line' and frame.f_lineno == 15 else L
async def quiet(k):
    s = 0
    for i in range(k):
        await asyncio.sleep(0)
        s += i

    return s

async def loud(k):
    v = await asyncio.create_task(quiet(k))
    await asyncio.sleep(0)
    return v + 1

async def main():
    settrace(G)
    a, b = await asyncio.gather(loud(2), quiet(3))
    settrace(None)
    print('done', a, b)

import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main())
