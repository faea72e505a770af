/**
 * V8's inlining budget while tracing is on (docs/decisions.md §1f).
 *
 * Every line of a traced function calls a hook, and the hooks are only cheap once TurboFan
 * inlines them into the function. V8 stops inlining into a function once the bytecode it has
 * inlined there reaches `--max-inlined-bytecode-size-cumulative` (920 bytes), which a function
 * with a dozen traced lines spends on its first few probes. While a tracer or a monitoring tool
 * is active the runtime raises that budget for the process, and puts V8's default back when
 * tracing stops. The flag only decides how TurboFan compiles: what code does is unchanged.
 * A budget the user set on the command line is left alone (Node refuses it in `NODE_OPTIONS`).
 */

import { nodeBuiltin } from './node-builtin.js';

const FLAG = 'max-inlined-bytecode-size-cumulative';

/** The budget while tracing: probed in docs/decisions.md §1f (2,000 to 20,000). */
export const TRACING_INLINING_BUDGET = 4000;

/** V8's own default (Node 20 and 22; test/runtime/inlining.test.ts checks the running Node's). */
export const V8_INLINING_BUDGET = 920;

let raised = false;
let userBudget: boolean | undefined;

/** Did the user choose the budget (`node --max-inlined-bytecode-size-cumulative=N`, either spelling)? */
export function userSetInliningBudget(execArgv: readonly string[]): boolean {
  return execArgv.some((w) => w.replace(/_/g, '-').startsWith(`--${FLAG}`));
}

type V8Flags = { setFlagsFromString(flags: string): void };

/**
 * Raises V8's inlining budget when tracing starts (`on`), and restores V8's default when it
 * stops; nothing when the user set the budget, or outside Node.
 */
export function inliningForTracing(on: boolean): void {
  if (on === raised) return;
  const flags = nodeBuiltin<V8Flags>('node:v8');
  if (!flags) return;
  userBudget ??= userSetInliningBudget(process.execArgv);
  if (userBudget) return;
  flags.setFlagsFromString(`--${FLAG}=${on ? TRACING_INLINING_BUDGET : V8_INLINING_BUDGET}`);
  raised = on;
}
