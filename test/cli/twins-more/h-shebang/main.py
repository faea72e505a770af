#!/usr/bin/env python3
import sys

def shout(s):
    return s.upper() + "!"

print(shout("hi"))
