// Python: write_results() saves the counts to outfile, the same file however often it is called.
// jstrace: each writeResults()/save() adds this run's counts again.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Trace, CoverageResults } from 'jstrace';
import * as app from '../app.mjs';
const T = fs.mkdtempSync(path.join(os.tmpdir(), 'tw-'));
process.on('exit', () => fs.rmSync(T, { recursive: true, force: true }));
const f = path.join(T, 'counts.json');
const t = new Trace({ count: true, trace: false, outfile: f });
t.runfunc(app.square, 1);
const r = t.results();
r.writeResults({ coverdir: T });
r.writeResults({ coverdir: T });
console.log('square line 4 in outfile:', CoverageResults.load(f).counts.get(fileURLToPath(new URL('../app.mjs', import.meta.url)))?.get(4));
