/**
 * V8's inlining budget while tracing (src/runtime/inlining.ts, docs/decisions.md §1f): raised
 * when a tracer or a monitoring tool becomes active, V8's default put back when tracing stops,
 * left alone when the user chose it.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TRACING_INLINING_BUDGET, userSetInliningBudget, V8_INLINING_BUDGET } from '../../src/runtime/inlining.js';

const runtime = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/index.cjs');

/**
 * Runs `body` in a fresh node (extra node flags first) with `v8.setFlagsFromString` recorded;
 * returns the flags set, one per line.
 */
function flagsSet(body: string, nodeFlags: string[] = []): string[] {
  const script = `
    const v8 = require('node:v8');
    const set = v8.setFlagsFromString;
    const seen = [];
    v8.setFlagsFromString = (s) => { seen.push(s); return set.call(v8, s); };
    const jt = require(${JSON.stringify(runtime)});
    ${body}
    process.stdout.write(seen.join('\\n'));`;
  const out = execFileSync(process.execPath, [...nodeFlags, '-e', script], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
  return out ? out.split('\n') : [];
}

const RAISE = `--max-inlined-bytecode-size-cumulative=${TRACING_INLINING_BUDGET}`;
const RESTORE = `--max-inlined-bytecode-size-cumulative=${V8_INLINING_BUDGET}`;

describe('the inlining budget while tracing', () => {
  it('is raised by settrace(tracer), once, and restored by settrace(null)', () => {
    const body = `
      const t = () => t;
      jt.settrace(t); jt.settrace(t); jt.settrace(null); jt.settrace(null);
      jt.settrace(t); jt.settrace(null);`;
    expect(flagsSet(body)).toEqual([RAISE, RESTORE, RAISE, RESTORE]);
  });

  it('is raised while a monitoring tool listens, and restored when it stops', () => {
    const body = `
      const m = jt.monitoring;
      m.use_tool_id(m.COVERAGE_ID, 'cov');
      m.register_callback(m.COVERAGE_ID, m.events.LINE, () => undefined);
      m.set_events(m.COVERAGE_ID, m.events.LINE);
      m.set_events(m.COVERAGE_ID, 0);
      m.free_tool_id(m.COVERAGE_ID);`;
    expect(flagsSet(body)).toEqual([RAISE, RESTORE]);
  });

  it('is never touched when the command line sets it', () => {
    const body = 'const t = () => t; jt.settrace(t); jt.settrace(null);';
    expect(flagsSet(body, ['--max-inlined-bytecode-size-cumulative=920'])).toEqual([]);
    expect(flagsSet(body, ['--max_inlined_bytecode_size_cumulative=1500'])).toEqual([]);
    expect(flagsSet(body, ['--max-inlined-bytecode-size=460'])).toEqual([RAISE, RESTORE]);
  });

  it('recognises the flag in either spelling, and no other flag', () => {
    expect(userSetInliningBudget(['--max-inlined-bytecode-size-cumulative=10'])).toBe(true);
    expect(userSetInliningBudget(['--inspect', '--max_inlined_bytecode_size_cumulative=10'])).toBe(true);
    expect(userSetInliningBudget(['--max-inlined-bytecode-size=10', '--max-lazy'])).toBe(false);
    expect(userSetInliningBudget([])).toBe(false);
  });

  it("restores the running Node's own default", () => {
    const options = execFileSync(process.execPath, ['--v8-options'], { encoding: 'utf8' });
    expect(options).toContain(`default: --max-inlined-bytecode-size-cumulative=${V8_INLINING_BUDGET}`);
  });
});
