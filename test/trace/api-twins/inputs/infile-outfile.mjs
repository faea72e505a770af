// infile = outfile (the -f pattern): each run counts once, in results() and in the file.
import { Trace, CoverageResults } from 'jstrace';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as lib from './lib.mjs';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jstrace-infile-'));
const F = path.join(dir, 'counts.json');
const n = (r) => r.counts.get(new URL('./lib.mjs', import.meta.url).pathname)?.get(2) ?? 0;
const t = new Trace({ count: true, trace: false, infile: F, outfile: F });
const out = [];
for (let i = 0; i < 3; i++) {
  t.runfunc(lib.used, 1);
  const r = t.results();
  r.writeResults({ noCoverFiles: true, output: { write() {} } });
  out.push(`${n(r)}/${n(CoverageResults.load(F))}`);
}
CoverageResults.load(F).save(F);
out.push(`load-save:${n(CoverageResults.load(F))}`);
// A second Trace of the same file starts from what the file holds.
const t2 = new Trace({ count: true, trace: false, infile: F, outfile: F });
t2.runfunc(lib.used, 1);
t2.results().writeResults({ noCoverFiles: true, output: { write() {} } });
out.push(`second:${n(CoverageResults.load(F))}`);
fs.rmSync(dir, { recursive: true });
console.log(out.join(' '));
