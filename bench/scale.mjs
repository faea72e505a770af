// `npm run bench:scale`: instrumenting the largest file of the real-package suite, TypeScript's
// compiler (typescript/lib/typescript.js, ~9 MB), with jstrace and with babel-plugin-istanbul:
// the time and peak memory of each (one fresh process each, `maxRSS`), the output's size and
// line count; then the jstrace copy is run under a tracer to check that its events and its
// error stacks carry the original lines. Writes bench/.out/scale.json and prints a table.
//   node bench/scale.mjs [--file path/to/file.js]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const fileArg = args.indexOf('--file');
const file = fileArg >= 0 ? join(process.cwd(), args[fileArg + 1]) : join(root, 'node_modules/typescript/lib/typescript.js');
const child = join(root, 'bench/lib/scale-child.cjs');
const tmp = mkdtempSync(join(tmpdir(), 'jstrace-scale-'));
const log = (m) => process.stderr.write(`[scale] ${m}\n`);

function runChild(argv) {
  const res = spawnSync(process.execPath, ['--max-old-space-size=8192', child, ...argv], { encoding: 'utf8', maxBuffer: 1 << 26, timeout: 1_800_000 });
  const line = res.stdout.trim().split('\n').pop() || '';
  try {
    return JSON.parse(line);
  } catch {
    return { error: `exit ${res.status}: ${(res.stderr || '').split('\n').slice(-5).join(' | ')}` };
  }
}

const result = { file: relative(root, file), node: process.version, tools: {}, lines: null };
for (const tool of ['jstrace', 'istanbul']) {
  log(`instrumenting with ${tool}…`);
  result.tools[tool] = runChild(['transform', tool, file, join(tmp, `${tool}.js`)]);
}
if (!result.tools.jstrace.error) {
  log('running the jstrace copy under a tracer…');
  result.lines = runChild(['lines', file, join(tmp, 'jstrace.js')]);
}
rmSync(tmp, { recursive: true, force: true });

const mb = (b) => `${(b / 1048576).toFixed(1)} MB`;
const rows = Object.entries(result.tools).map(([tool, r]) =>
  r.error ? `| ${tool} | error: ${r.error} | | | |` : `| ${tool} | ${(r.ms / 1000).toFixed(1)} s | ${mb(r.maxRSS)} | ${mb(r.outBytes)} | ${r.outLines} (source: ${r.inLines}) |`);
console.log(`Instrumenting ${result.file} (${mb(result.tools.jstrace.inBytes ?? 0)}), Node ${result.node}\n`);
console.log('| tool | time | peak RSS | output | lines |\n| --- | --- | --- | --- | --- |\n' + rows.join('\n'));
if (result.lines) console.log(`\nOriginal lines, jstrace copy: ${JSON.stringify(result.lines, null, 1).replace(/\n\s*/g, ' ')}`);
mkdirSync(join(root, 'bench/.out'), { recursive: true });
writeFileSync(join(root, 'bench/.out/scale.json'), `${JSON.stringify(result, null, 2)}\n`);
const ok = !result.tools.jstrace.error && result.lines && result.lines.ok;
process.exit(ok ? 0 : 1);
