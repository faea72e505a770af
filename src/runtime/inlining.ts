/**
 * V8's inlining budget for instrumented code (docs/decisions.md §1f, §1g).
 *
 * TurboFan stops inlining into a function once the bytecode it has inlined there reaches
 * `--max-inlined-bytecode-size-cumulative` (920 bytes). Instrumented functions carry their
 * probes whether tracing is on or off, so their bytecode is several times the original's and
 * they spend that budget several times sooner: with tracing off, small methods stop being
 * inlined into their callers; with tracing on, the hooks stop being inlined into the probes of
 * a long function. When it installs its hooks, the runtime raises the budget for the process.
 * The flag only decides how TurboFan compiles: what code does is unchanged. A budget the user
 * set on the command line is left alone (Node refuses it in `NODE_OPTIONS`).
 */

import { nodeBuiltin } from './node-builtin.js';

const FLAG = 'max-inlined-bytecode-size-cumulative';

/** The budget for instrumented code: probed in docs/decisions.md §1f and §1g. */
export const INSTRUMENTED_INLINING_BUDGET = 4000;

/** V8's own default (Node 20 and 22; test/runtime/inlining.test.ts checks the running Node's). */
export const V8_INLINING_BUDGET = 920;

let raised = false;

/** Did the user choose the budget (`node --max-inlined-bytecode-size-cumulative=N`, either spelling)? */
export function userSetInliningBudget(execArgv: readonly string[]): boolean {
  return execArgv.some((w) => w.replace(/_/g, '-').startsWith(`--${FLAG}`));
}

type V8Flags = { setFlagsFromString(flags: string): void };

/**
 * Raises V8's inlining budget for instrumented code, once per process; nothing when the user
 * set the budget, or outside Node.
 */
export function raiseInliningBudget(): void {
  if (raised) return;
  raised = true;
  const flags = nodeBuiltin<V8Flags>('node:v8');
  if (!flags || userSetInliningBudget(process.execArgv)) return;
  flags.setFlagsFromString(`--${FLAG}=${INSTRUMENTED_INLINING_BUDGET}`);
}
