# conformance mode=locals
def worker(name, steps):
    done = 0
    while done < steps:
        done += 1
        yield name + str(done)

    return

def pinger(times):
    for t in [1, 2, 3][0:times]:
        msg = 'ping' + str(t)
        yield msg; del t, msg


def schedule(tasks):
    trace = []
    finished = 0
    while len(tasks) > 0:
        task = tasks.pop(0)
        step = next(task, None)
        if step is None:
            finished += 1
            del task, step; continue

        trace.append(step)
        tasks.append(task); del task, step

    return ' '.join(trace) + ' #' + str(finished)

def main():
    tasks = [worker('a', 2), pinger(3), worker('b', 1)]
    return schedule(tasks)

main()
