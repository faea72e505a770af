# conformance mode=self
from sys import settrace
n = 0
def L(frame, event, arg): return None if event == 'exception' and arg[0] is StopIteration else lrep(frame, event)
def M(frame, event, arg): return None if event == 'exception' and arg[0] is StopIteration else mrep(frame, event)
def G(frame, event, arg):
    if frame.f_code.co_filename != __file__ or frame.f_code.co_name in ('main', 'rej'): return None
    global n; n += 1; print('G', n, event, frame.f_code.co_name, frame.f_lineno, 'L' if frame.f_trace is L else 'M' if frame.f_trace is M else '-', 'y' if frame.f_trace_lines else 'n')
    return L if frame.f_trace is None else None
def lrep(frame, event): global n; n += 1; print('L', n, event, frame.f_code.co_name, frame.f_lineno); return (setattr(frame, 'f_trace_lines', not frame.f_trace_lines), M)[1] if event == 'return' else L
async def inner(k):
    s = 0
    for i in range(k):
        s += await asyncio.sleep(0, i)

    return s

async def outer():
    a = await asyncio.create_task(inner(3))
    try:
        await rej()
    except Exception as e:
        return a + (await asyncio.create_task(inner(2)))


async def main():
    settrace(G)
    print('got', await asyncio.create_task(outer()))
    settrace(None)

def mrep(frame, event): global n; n += 1; print('M', n, event, frame.f_code.co_name, frame.f_lineno); return L if event == 'return' else None
async def rej(): await asyncio.sleep(0); raise Exception('x')
import asyncio, atexit, sys; loop = asyncio.new_event_loop(); loop.set_task_factory(asyncio.eager_task_factory); atexit.register(loop.run_until_complete, main())
