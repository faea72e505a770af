# conformance mode=record
RUN = 'run'
SIZE = 'size'
class Job:
    def __init__(self, n):
        self.n = n

    def run(self):
        return self.size + 1

    def _get_size(self):
        return self.n * 2
    size = property(_get_size)
    def makeOne():
        return Job(1)
    makeOne = staticmethod(makeOne)

def main():
    j = Job.makeOne()
    return j.run()

main()
