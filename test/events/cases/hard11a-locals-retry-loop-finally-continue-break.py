# conformance mode=locals
class Transient(Exception): pass
class Fatal(Exception): pass
def makeServer(script):
    calls = 0
    def request(path):
        nonlocal calls; code = script[calls]
        calls += 1
        if code == 1: raise Transient(path)
        if code == 2: raise Fatal(path)
        return 'ok:' + path

    return request

def fetchWithRetry(request, path, tries):
    attempt = 0
    result = 'none'
    while attempt < tries:
        attempt += 1
        try:
            result = request(path)
            break
        except Exception as e:
            if isinstance(e, Transient):
                result = 'retry'
                continue

            result = 'fatal'
            break
        finally:
            result += str(attempt)


    return result

def main():
    a = fetchWithRetry(makeServer([1, 1, 0]), '/a', 5)
    b = fetchWithRetry(makeServer([1, 2, 0]), '/b', 5)
    c = fetchWithRetry(makeServer([1, 1, 1]), '/c', 2)
    return a + ' ' + b + ' ' + c

main()
