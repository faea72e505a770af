#!/usr/bin/env python3
"""CPython 3.12 recorder for the monitoring twins (test/runtime/monitoring-twins).

Each case NAME.py defines setup(h) -> config and main(h) (a plain or async
function); NAME.js is its line-aligned JavaScript twin. The config is
{"tools": [{"id": 1, "events": ["PY_START", "LINE"], "disable": ["LINE"],
"on": {"LINE": fn}, "off": False}], "trace": False}
("off": callbacks registered, events left at 0 for main to set). For each tool, a callback per listed
event prints one line for code of the case file:

    ID EVENT CO_NAME [LINE] [VALUE]

(LINE events print the line; PY_* events print no offset; PY_RETURN/PY_YIELD
print the value). One event's lines from several tools and settrace are put in
jstrace's documented order (tool ids ascending, then settrace; CPython calls
settrace first, then the tools from id 5 down). "disable" lists events whose callback returns DISABLE;
"on" adds a callback of the case's own, called after the print with
(h, code, arg[, value]); what it returns (if not None) is returned. "trace"
also sets a settrace tracer that prints `T EVENT CO_NAME LINE [VALUE]` (with
"trace": "calls" it returns None: no local tracers).
An exception leaving main prints `raised MESSAGE`.

Usage:
    python3.12 record.py CASE.py          print the recording of one case
    python3.12 record.py --write DIR      write DIR/*.expected for every DIR/*.py
    python3.12 record.py --check DIR      compare with fresh recordings
"""
import asyncio
import importlib.util
import inspect
import json
import os
import subprocess
import sys

M = sys.monitoring
NAMES = ["PY_START", "PY_RESUME", "PY_RETURN", "PY_YIELD", "LINE"]


def fmt(v):
    if v is None:
        return "None"
    if v is True:
        return "True"
    if v is False:
        return "False"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, str):
        return json.dumps(v)
    return "<object>"


class H:
    def __init__(self, file):
        self.file = file
        self.out = []
        self.M = M
        self.E = M.events
        self.DISABLE = M.DISABLE

    def log(self, *parts):
        self.out.append(" ".join(str(p) for p in parts))

    def sleep0(self):
        return asyncio.sleep(0)

    def fail(self, msg):
        raise Exception(msg)

    def settrace(self, fn):
        sys.settrace(fn)

    def task(self, coro):
        return asyncio.create_task(coro)


def make_cb(h, tid, name, disable, extra):
    def cb(code, arg, *rest):
        if code.co_filename != h.file:
            return None
        parts = [tid, name, code.co_name]
        if name == "LINE":
            parts.append(arg)
        if rest:
            parts.append(fmt(rest[0]))
        h.log(*parts)
        if extra is not None:
            r = extra(h, code, arg, *rest)
            if r is not None:
                return r
        return M.DISABLE if disable else None
    return cb


def run(path):
    file = os.path.abspath(path)
    spec = importlib.util.spec_from_file_location("case", file)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    h = H(mod.__file__)
    cfg = mod.setup(h)
    tools = cfg.get("tools", [])
    for t in tools:
        tid = t["id"]
        M.use_tool_id(tid, "twin%d" % tid)
        mask = 0
        for name in t["events"]:
            ev = getattr(M.events, name)
            mask |= ev
            M.register_callback(tid, ev, make_cb(h, tid, name, name in t.get("disable", []), t.get("on", {}).get(name)))
        M.set_events(tid, 0 if t.get("off") else mask)
    tracer = None
    if cfg.get("trace"):
        def tracer(frame, event, arg):
            if frame.f_code.co_filename != h.file:
                return None
            parts = ["T", event, frame.f_code.co_name, frame.f_lineno]
            if event == "return":
                parts.append(fmt(arg))
            h.log(*parts)
            return None if cfg["trace"] == "calls" else tracer
        sys.settrace(tracer)
    try:
        if inspect.iscoroutinefunction(mod.main):
            loop = asyncio.new_event_loop()
            loop.set_task_factory(asyncio.eager_task_factory)
            loop.run_until_complete(mod.main(h))
        else:
            mod.main(h)
    except Exception as e:
        h.log("raised", e)
    finally:
        sys.settrace(None)
        for tid in range(6):
            if M.get_tool(tid) is not None:
                M.set_events(tid, 0)
                for ev in NAMES:
                    M.register_callback(tid, getattr(M.events, ev), None)
                M.free_tool_id(tid)
        M.restart_events()
    return h.out


def event_key(line):
    """(source, identity) of a printed event: the same event seen by several tools or by settrace."""
    p = line.split(" ")
    if p[0] == "T":
        cls = {"call": "start", "line": "line", "return": "end"}.get(p[1])
        if cls is None:
            return None
        rest = [p[3]] if cls == "line" else p[4:] if cls == "end" else []
        return "T", (cls, p[2], *rest)
    if not p[0].isdigit():
        return None
    cls = {"PY_START": "start", "PY_RESUME": "start", "LINE": "line", "PY_RETURN": "end", "PY_YIELD": "end"}[p[1]]
    return p[0], (cls, p[2], *p[3:])


def dispatch_order(lines):
    """Puts the tools' callbacks for one event in tool-id order, then settrace's: jstrace's
    documented order (README: CPython calls settrace first, then the tools from id 5 down)."""
    out, group, ident = [], [], None
    def flush():
        group.sort(key=lambda sl: "9" if sl[0] == "T" else sl[0])
        out.extend(l for _, l in group)
        group.clear()
    for line in lines:
        k = event_key(line)
        if k is None or k[1] != ident or any(s == k[0] for s, _ in group):
            flush()
            ident = k[1] if k else None
        if k is None:
            out.append(line)
        else:
            group.append((k[0], line))
    flush()
    return out


def main(argv):
    if sys.version_info[:2] != (3, 12) and not os.environ.get("RECORD_ANY_PYTHON"):
        sys.exit("record.py: expected files come from CPython 3.12")
    if argv[0] in ("--write", "--check"):
        d = argv[1]
        bad = 0
        for f in sorted(os.listdir(d)):
            if not f.endswith(".py") or f == "record.py":
                continue
            p = os.path.join(d, f)
            out = subprocess.run([sys.executable, __file__, p], capture_output=True, text=True, check=True).stdout
            exp = p[:-3] + ".expected"
            if argv[0] == "--write":
                with open(exp, "w") as fh:
                    fh.write(out)
            else:
                old = open(exp).read() if os.path.exists(exp) else None
                if old != out:
                    bad += 1
                    print("differs:", f)
        sys.exit(1 if bad else 0)
    for line in dispatch_order(run(argv[0])):
        print(line)


if __name__ == "__main__":
    main(sys.argv[1:])
