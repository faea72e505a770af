"""One CPython round for one workload: run() untimed once, then plain and under sys.settrace
with a no-op tracer that returns itself, in the order given. Prints one JSON line.

usage: python3 -B py_child.py WORKLOAD.py plain-first|traced-first
"""
import importlib.util
import json
import sys
import time


def tracer(frame, event, arg):
    return tracer


def load(path):
    spec = importlib.util.spec_from_file_location('workload', path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def timed(run, traced):
    if traced:
        sys.settrace(tracer)
    try:
        t0 = time.perf_counter()
        checksum = run()
        return (time.perf_counter() - t0) * 1000, checksum
    finally:
        sys.settrace(None)


def main(path, order):
    run = load(path).run
    t0 = time.perf_counter()
    run()
    out = {'warmupMs': (time.perf_counter() - t0) * 1000,
           'version': '%d.%d.%d' % sys.version_info[:3]}
    for traced in ([False, True] if order == 'plain-first' else [True, False]):
        ms, checksum = timed(run, traced)
        key = 'traced' if traced else 'plain'
        out[key + 'Ms'] = ms
        out[key + 'Checksum'] = checksum
    if out['plainChecksum'] != out['tracedChecksum']:
        out['error'] = 'checksum differs under settrace'
    print(json.dumps(out))


if __name__ == '__main__':
    try:
        main(sys.argv[1], sys.argv[2])
    except Exception as exc:  # reported, not raised: one bad round must not end the bench
        print(json.dumps({'error': '%s: %s' % (type(exc).__name__, exc)}))
