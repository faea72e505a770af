#!/bin/sh
# cmp.sh NAME...: diff CPython 3.12's recording (left) with jstrace's (right)
d=$(dirname "$0")
for n in "$@"; do
  n=${n%.*}
  python3.12 "$d/record.py" "$d/$n.py" > /tmp/mt-$$.py.txt 2>&1
  node "$d/harness.cjs" "$d/$n.js" > /tmp/mt-$$.js.txt 2>&1
  if diff /tmp/mt-$$.py.txt /tmp/mt-$$.js.txt > /tmp/mt-$$.diff; then echo "SAME $n ($(wc -l < /tmp/mt-$$.py.txt) lines)"; else echo "DIFF $n"; cat /tmp/mt-$$.diff; fi
done
rm -f /tmp/mt-$$.*
