#!/bin/sh
# Records CPython's side of the Trace/CoverageResults API twins into python/ (needs python3.12 on PATH).
cd "$(dirname "$0")"
mkdir -p python
for s in basic throws nested-same nested-other results-twice update outfile-infile ignoremods ignoredirs \
         countfuncs countcallers trace trace-count timing user-tracer async coverdir-missing no-missing \
         defaults none run-string runctx throws-trace throws-callers builtin-caller; do
  ./run.sh py "$s" > "python/$s.txt"
done
