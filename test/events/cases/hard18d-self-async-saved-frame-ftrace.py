# conformance mode=self
from sys import settrace, gettrace
saved = None; n = 0
def L(frame, event, arg): return None if event == 'exception' and arg[0] is StopIteration else rep('L', frame, event, L)
def M(frame, event, arg): return None if event == 'exception' and arg[0] is StopIteration else rep('M', frame, event, M)
def G(frame, event, arg):
    if frame.f_code.co_filename != __file__ or frame.f_code.co_name == 'main': return None
    global n, saved; n += 1; print('G', n, event, frame.f_code.co_name, frame.f_lineno)
    if frame.f_code.co_name == 'slow' and saved is None: saved = frame
    return None if n % 4 == 0 else L
def rep(t, frame, event, me): global n; n += 1; print(t, n, event, frame.f_code.co_name, frame.f_lineno, 'true' if frame.f_trace_lines else 'false'); return step(frame, event, me)
def step(frame, event, me):
    if n == 9: saved.f_trace_lines = False; return M
    if n == 14: settrace(None); return me
    if n == 20: saved.f_trace = M; saved.f_trace_lines = True; return None
    if n == 24: frame.f_trace = None; return None
    return me

async def slow(k):
    s = 0
    while s < k:
        await asyncio.sleep(0)
        s += 1

    return s

async def fast(k):
    t = await asyncio.create_task(slow(k))
    return t * 2

async def main():
    settrace(G)
    a = asyncio.create_task(fast(4))
    b = asyncio.create_task(slow(2))
    print('got', await b, '-' if gettrace() is None else 'G')
    settrace(G)
    print('got', await a)
    settrace(None)

import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main())
