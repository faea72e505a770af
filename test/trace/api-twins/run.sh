#!/bin/sh
# run.sh py|js SCENARIO: one twin, output normalised (this folder -> <D>, temp dirs -> <T>,
# Python's library folder -> <LIB>, .py/.mjs -> .X).
cd "$(dirname "$0")"
D=$(pwd)
if [ "$1" = py ]; then out=$(python3.12 tool.py "$2" 2>&1); else out=$(node --import jstrace/register tool.mjs "$2" 2>&1); fi
printf '%s\n' "$out" | sed -e "s#$D#<D>#g" -e 's#/tmp/[A-Za-z0-9_.-]*#<T>#g' -e 's#/[^ ]*/lib/python3\.[0-9]*/#<LIB>/#g' -e 's#\.py\b#.X#g' -e 's#\.mjs\b#.X#g'
