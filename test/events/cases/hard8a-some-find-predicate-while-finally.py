# conformance mode=record
class Corrupt(Exception): pass
def pending(job):
    if job['state'] == 'bad':
        raise Corrupt('job')

    return job['state'] == 'wait'

def step(jobs):
    j = next(filter(pending, jobs))
    j['state'] = 'bad' if len(jobs) > 2 and j['id'] == 1 else 'done'
    return j['id']

def drain(jobs):
    n = 0
    try:
        while any(map(pending, jobs)):
            try:
                if step(jobs) == 0:
                    continue

                n += 1
            finally:
                n += 10


    except Corrupt as e:
        n = -n

    return n

def main():
    a = drain([{'id': 0, 'state': 'wait'}, {'id': 1, 'state': 'wait'}])
    return a + drain([{'id': 0, 'state': 'wait'}, {'id': 1, 'state': 'wait'}, {'id': 2, 'state': 'wait'}])

main()
