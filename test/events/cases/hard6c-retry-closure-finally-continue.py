# conformance mode=record
def makeFlaky(period):
    calls = 0
    def attempt(x):
        nonlocal calls; calls += 1
        if calls % period != 0: raise Exception('flaky ' + str(calls))
        return x * calls

    return attempt

def retry(fn, x, tries):
    log = []
    n = 0
    while n < tries:
        n += 1
        try:
            v = fn(x)
            if v > 20: return v
            log.append(v)
            continue
        except Exception as e:
            if n == 2: continue
            log.append(str(e))
        finally:
            log.append(n)

        log.append('tail')

    return len(log)

def main():
    a = retry(makeFlaky(3), 2, 7)
    b = retry(makeFlaky(2), 5, 6)
    c = retry(makeFlaky(9), 1, 3)
    return a + b + c

main()
