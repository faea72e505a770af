#!/usr/bin/env python3
"""CPython 3.12 recorder for jstrace's event-sequence cases (test/events).

Runs one Python twin (NAME.py) under sys.settrace and prints one normalised
event per line, in the format of /work/shared/conformance (README.md there):

    EVENT CO_NAME LINE [ARG] [EXTRA]

Line 1 of the case names the mode: '# conformance mode=record|locals|back|self'.

Normalisations (the global ones of the conformance mapping.json, always on):
  * exception type 'Exception' is printed as 'Error' (the JS twin throws Error);
  * the enclosing frame's 'line' event on a `def` line is dropped (a JS function
    declaration is hoisted and runs nothing where it stands); a one-line
    function's own event on that line is kept;
  * the <module> frame's 'call' line is co_firstlineno (1), not CPython's 0;
  * 'exception' events whose type is StopIteration are dropped.
Per-case ones come from NAME.mapping.json beside the case, if present, with the
schema of a mapping.json "cases" entry: {"names": {"<lambda>@7": "f"},
"drop_lines": ["scaled@6"]}. A file with a "cases" object (the conformance
mapping.json) is also accepted: its "cases"[NAME] entry is used. A mapping.json in
the case's folder is read the same way, so the shared conformance cases record
exactly as their .expected files say.

Usage:
    python3.12 record.py CASE.py          print the recording of one case
    python3.12 record.py --write DIR...   write DIR/*.expected for every DIR/*.py
    python3.12 record.py --check DIR...   compare DIR/*.expected with fresh recordings
--write/--check run every case in a fresh interpreter. Only CPython 3.12 is
accepted (RECORD_ANY_PYTHON=1 overrides, for experiments only).
"""

import ast
import builtins
import json
import os
import re
import subprocess
import sys

MODE_RE = re.compile(r"conformance\s+mode=(\w+)")
MODES = ("record", "locals", "back", "self")
CO_NEWLOCALS = 0x0002

GLOBAL = {
    "exception_names": {"Exception": "Error"},
    "drop_exception_types": ["StopIteration"],
    "drop_def_statement_lines": True,
    "module_call_line": "co_firstlineno",
}


def die(msg, code=2):
    sys.stderr.write("record.py: %s\n" % msg)
    sys.exit(code)


def check_python():
    if sys.version_info[:2] != (3, 12) and not os.environ.get("RECORD_ANY_PYTHON"):
        die("expected files come from CPython 3.12; this is %s" % sys.version.split()[0])


def case_name(path):
    return os.path.splitext(os.path.basename(path))[0]


def read_json(path):
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def per_case_mapping(path):
    """Merged per-case normalisations: DIR/mapping.json "cases"[NAME], then NAME.mapping.json."""
    name = case_name(path)
    merged = {"names": {}, "drop_lines": []}

    def take(entry):
        if not isinstance(entry, dict):
            return
        merged["names"].update(entry.get("names", {}))
        merged["drop_lines"].extend(entry.get("drop_lines", []))

    dir_map = os.path.join(os.path.dirname(path), "mapping.json")
    if os.path.exists(dir_map):
        take(read_json(dir_map).get("cases", {}).get(name))
    own = os.path.splitext(path)[0] + ".mapping.json"
    if os.path.exists(own):
        data = read_json(own)
        take(data["cases"].get(name) if isinstance(data.get("cases"), dict) else data)
    return merged


def read_mode(src, path):
    m = MODE_RE.search(src.split("\n", 1)[0])
    if not m or m.group(1) not in MODES:
        die("%s: line 1 must be '# conformance mode=<%s>'" % (path, "|".join(MODES)))
    return m.group(1)


def def_lines(tree):
    """line of each `def` keyword -> the function's name."""
    return {
        node.lineno: node.name
        for node in ast.walk(tree)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
    }


def fmt_value(v):
    if v is None:
        return "none"
    if v is True or v is False:
        return "true" if v else "false"
    if type(v) is int:
        return str(v)
    if type(v) is str:
        return json.dumps(v)
    return "obj"


class Recorder:
    def __init__(self, path, src, mode, case_map, out):
        self.path = path
        self.mode = mode
        self.out = out
        self.defs = def_lines(ast.parse(src, path)) if GLOBAL["drop_def_statement_lines"] else {}
        self.names = case_map["names"]
        self.drop_lines = set(case_map["drop_lines"])

    def name_of(self, code):
        key = "%s@%d" % (code.co_name, code.co_firstlineno)
        return self.names.get(key, self.names.get(code.co_name, code.co_name))

    @staticmethod
    def is_class_body(code):
        return not (code.co_flags & CO_NEWLOCALS) and code.co_name != "<module>"

    def in_case(self, frame):
        return frame is not None and frame.f_code.co_filename == self.path and not self.is_class_body(frame.f_code)

    def locals_part(self, frame):
        items = [
            "%s=%s" % (k, fmt_value(v))
            for k, v in sorted(frame.f_locals.items())
            if not k.startswith("__") and type(v) in (int, str)
        ]
        return (" " + " ".join(items)) if items else ""

    def back_part(self, frame):
        names = []
        f = frame.f_back
        while self.in_case(f):
            names.append(self.name_of(f.f_code))
            f = f.f_back
        return " back=" + ",".join(names)

    def tracer(self, frame, event, arg):
        if not self.in_case(frame):
            return None
        code = frame.f_code
        name = self.name_of(code)
        line = frame.f_lineno
        if event == "call" and code.co_name == "<module>" and GLOBAL["module_call_line"] == "co_firstlineno":
            line = code.co_firstlineno
        if event == "line":
            own = code.co_name == self.defs.get(line) and code.co_firstlineno == line
            if line in self.defs and not own:
                return self.tracer  # the `def` statement, run by the enclosing frame
            if "%s@%d" % (name, line) in self.drop_lines or "%s@%d" % (code.co_name, line) in self.drop_lines:
                return self.tracer
        text = "%s %s %d" % (event, name, line)
        if event == "return":
            text += " " + fmt_value(arg)
        elif event == "exception":
            tname = getattr(arg[0], "__name__", str(arg[0]))
            if tname in GLOBAL["drop_exception_types"]:
                return self.tracer
            text += " " + GLOBAL["exception_names"].get(tname, tname)
        if self.mode == "locals" and code.co_name != "<module>":
            text += self.locals_part(frame)
        if self.mode == "back" and event == "call":
            text += self.back_part(frame)
        self.out(text)
        return self.tracer


def run_case(path):
    path = os.path.abspath(path)
    with open(path, encoding="utf-8") as fh:
        src = fh.read()
    mode = read_mode(src, path)
    code = compile(src, path, "exec")

    def out(text):
        sys.stdout.write(text + "\n")
        sys.stdout.flush()

    rec = Recorder(path, src, mode, per_case_mapping(path), out)
    namespace = {"__name__": "__main__", "__file__": path, "__builtins__": builtins}
    if mode != "self":
        sys.settrace(rec.tracer)
    try:
        exec(code, namespace)
    except BaseException as exc:  # no case should end this way; make it visible
        sys.settrace(None)
        tname = type(exc).__name__
        out("uncaught " + GLOBAL["exception_names"].get(tname, tname))
    finally:
        sys.settrace(None)
    sys.stdout.flush()


def case_files(dirs):
    """Every DIR/*.py whose line 1 names a mode (so record.py itself is never a case)."""
    for d in dirs:
        for fn in sorted(os.listdir(d)):
            path = os.path.join(d, fn)
            if fn.endswith(".py") and os.path.isfile(path):
                with open(path, encoding="utf-8") as fh:
                    if MODE_RE.search(fh.readline()):
                        yield path


def record_subprocess(case):
    res = subprocess.run([sys.executable, os.path.abspath(__file__), case], capture_output=True, text=True, timeout=60)
    if res.returncode != 0 or res.stderr:
        die("%s: recorder failed (exit %d): %s" % (case, res.returncode, res.stderr.strip()))
    return res.stdout


def main(argv):
    check_python()
    if len(argv) >= 2 and argv[0] in ("--write", "--check"):
        bad = 0
        for case in case_files(argv[1:]):
            got = record_subprocess(case)
            exp_path = case[:-3] + ".expected"
            if argv[0] == "--write":
                with open(exp_path, "w", encoding="utf-8") as fh:
                    fh.write(got)
                print("wrote", exp_path)
            else:
                old = open(exp_path, encoding="utf-8").read() if os.path.exists(exp_path) else None
                bad += old != got
                print(("same   " if old == got else "DIFFERS"), exp_path)
        return 1 if bad else 0
    if len(argv) != 1 or argv[0].startswith("-"):
        die("usage: record.py CASE.py | record.py --write DIR... | record.py --check DIR...")
    run_case(argv[0])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
