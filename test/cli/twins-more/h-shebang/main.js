#!/usr/bin/env node
const sys = { stderr: { write: (s) => process.stderr.write(s) } };

function shout(s) {
    return s.toUpperCase() + "!"; }

console.log(shout("hi"));
