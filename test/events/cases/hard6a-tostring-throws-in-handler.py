# conformance mode=record
class Failed(Exception): pass
class Unprintable(Exception): pass
class Job:
    def __init__(self, id):
        self.id = id

    def __str__(self):
        if self.id < 0:
            raise Unprintable('id')

        return 'job' + str(self.id)

    def run(self):
        raise Failed('run')


def attempt(job):
    try:
        job.run()
    except Failed as e:
        raise Failed(f"failed {job}")
    finally:
        job.id += 100


def main():
    n = 0
    for id in [1, -5]:
        try:
            attempt(Job(id))
        except Exception as e:
            n += 10 if isinstance(e, Unprintable) else 1


    return n

main()
