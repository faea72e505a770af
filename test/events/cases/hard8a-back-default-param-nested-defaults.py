# conformance mode=back
def port(p=80):
    return p + 1

def config(host, p=None):
    p = port() if p is None else p
    return host + ':' + str(p)

def connect(url=None):
    url = config('h') if url is None else url
    return len(url)

def main():
    return connect() + connect('x')

main()
