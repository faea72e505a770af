/**
 * V8's inlining budget for instrumented code (src/runtime/inlining.ts, docs/decisions.md §1g):
 * raised once when the runtime installs its hooks, whether or not anything is traced; left
 * alone when the user chose it.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { INSTRUMENTED_INLINING_BUDGET, userSetInliningBudget, V8_INLINING_BUDGET } from '../../src/runtime/inlining.js';

const runtime = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/index.cjs');

/**
 * Runs `body` in a fresh node (extra node flags first) with `v8.setFlagsFromString` recorded
 * from before the runtime loads; returns the flags set, one per line, with a line `loaded`
 * where the runtime's loading ended.
 */
function flagsSet(body: string, nodeFlags: string[] = []): string[] {
  const script = `
    const v8 = require('node:v8');
    const set = v8.setFlagsFromString;
    const seen = [];
    v8.setFlagsFromString = (s) => { seen.push(s); return set.call(v8, s); };
    const jt = require(${JSON.stringify(runtime)});
    require(${JSON.stringify(runtime)});
    seen.push('loaded');
    ${body}
    process.stdout.write(seen.join('\\n'));`;
  const out = execFileSync(process.execPath, [...nodeFlags, '-e', script], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
  return out ? out.split('\n') : [];
}

const RAISE = `--max-inlined-bytecode-size-cumulative=${INSTRUMENTED_INLINING_BUDGET}`;

describe('the inlining budget for instrumented code', () => {
  it('is raised once, when the runtime loads, and tracing on or off does not touch it', () => {
    const body = `
      const t = () => t;
      jt.settrace(t); jt.settrace(t); jt.settrace(null); jt.settrace(null);
      const m = jt.monitoring;
      m.use_tool_id(m.COVERAGE_ID, 'cov');
      m.register_callback(m.COVERAGE_ID, m.events.LINE, () => undefined);
      m.set_events(m.COVERAGE_ID, m.events.LINE);
      m.set_events(m.COVERAGE_ID, 0);
      m.free_tool_id(m.COVERAGE_ID);`;
    expect(flagsSet(body)).toEqual([RAISE, 'loaded']);
  });

  it('is never touched when the command line sets it', () => {
    const body = 'const t = () => t; jt.settrace(t); jt.settrace(null);';
    expect(flagsSet(body, ['--max-inlined-bytecode-size-cumulative=920'])).toEqual(['loaded']);
    expect(flagsSet(body, ['--max_inlined_bytecode_size_cumulative=1500'])).toEqual(['loaded']);
    expect(flagsSet(body, ['--max-inlined-bytecode-size=460'])).toEqual([RAISE, 'loaded']);
  });

  it('recognises the flag in either spelling, and no other flag', () => {
    expect(userSetInliningBudget(['--max-inlined-bytecode-size-cumulative=10'])).toBe(true);
    expect(userSetInliningBudget(['--inspect', '--max_inlined_bytecode_size_cumulative=10'])).toBe(true);
    expect(userSetInliningBudget(['--max-inlined-bytecode-size=10', '--max-lazy'])).toBe(false);
    expect(userSetInliningBudget([])).toBe(false);
  });

  it("raises it above the running Node's own default", () => {
    const options = execFileSync(process.execPath, ['--v8-options'], { encoding: 'utf8' });
    expect(options).toContain(`default: --max-inlined-bytecode-size-cumulative=${V8_INLINING_BUDGET}`);
    expect(INSTRUMENTED_INLINING_BUDGET).toBeGreaterThan(V8_INLINING_BUDGET);
  });
});
