/**
 * `settrace`, `gettrace`, `currentFrame`: the public face of the registry. Loading this module
 * installs the hooks on the realm's registry unless another copy of the runtime already did.
 */
import { ABI } from '../protocol.js';
import { installHooks } from './hooks.js';
import { publishOn, type Registry, registry, subscribe, warnAbi } from './registry.js';
import type { FrameLike, Tracer } from './types.js';
import { patchGeneratorReturn } from './generator-return.js';
import { countersFor, createMonitoringState } from './monitoring.js';
import type { LiveMeta } from './code.js';
import { modeSwitch, type RuntimeImpl } from './modes.js';

const VERSION = '0.1.0';

function boot(): Registry {
  const R = registry();
  if (R.abi !== ABI) {
    warnAbi(R.abi, 'The jstrace runtime already loaded');
    return R;
  }
  if (!R.impl) {
    R.top = { f: null };
    R.tracer = null;
    R.busy = false;
    R.lastExc = undefined;
    R.lastTb = null;
    R.genReturn = null;
    R.mismatch = (abi, file) => warnAbi(abi, `Code in ${file}`);
    R.sub = subscribe;
    const monitoring = createMonitoringState();
    const { hooks, idle, unwindAbove } = installHooks(R, () => settrace(null));
    const applyMode = modeSwitch(R, hooks, idle, monitoring);
    applyMode();
    R.n = (meta: LiveMeta) => countersFor(monitoring, meta);
    // An observer only (it changes nothing of how the process reports and exits).
    if (typeof process !== 'undefined' && typeof process.on === 'function') {
      process.on('uncaughtExceptionMonitor', (err) => R.uncaught(err));
    }
    R.impl = { version: VERSION, monitoring, applyMode, unwindAbove } satisfies RuntimeImpl;
    R.live = true;
  }
  return R;
}

const R = boot();

/** The realm's registry, with this runtime (or an earlier copy) installed on it. */
export function runtimeRegistry(): Registry {
  return R;
}

/**
 * Installs `tracer` as the global tracer (Python's `sys.settrace`), or removes it with `null`.
 * It gets a `call` event for every frame that starts (and every resume of a generator or async
 * function); what it returns becomes that frame's local tracer, `frame.f_trace`.
 *
 * @example
 * ```js
 * import { settrace } from 'jstrace';
 * function tracer(frame, event, arg) {
 *   console.log(event, frame.f_code.co_name, frame.f_lineno);
 *   return tracer;
 * }
 * settrace(tracer);
 * main();
 * settrace(null);
 * ```
 */
export function settrace(tracer: Tracer | null | undefined): void {
  if (tracer !== null && tracer !== undefined && typeof tracer !== 'function') {
    throw new TypeError(`settrace(): the tracer must be a function or null, not ${tracer === null ? 'null' : typeof tracer}`);
  }
  R.tracer = tracer ?? null;
  const impl = R.impl as Partial<RuntimeImpl> | null;
  if (impl?.applyMode) impl.applyMode();
  else publishOn(R, R.tracer !== null && R.abi === ABI);
  if (R.tracer !== null && R.on) patchGeneratorReturn(R);
}

/**
 * The global tracer set by `settrace`, or null.
 *
 * @example
 * ```js
 * const previous = gettrace();
 * settrace(myTracer);
 * try { work(); } finally { settrace(previous); }
 * ```
 */
export function gettrace(): Tracer | null {
  return R.tracer ?? null;
}

/**
 * The running frame (Python's `sys._getframe()`), or null where there is none. With the
 * plugin's default options only activations that started while a tracer was set have frames;
 * build with `frames: 'always'` to have one for every activation.
 *
 * @example
 * ```js
 * function where() { const f = currentFrame(); return f && `${f.f_code.co_name}:${f.f_lineno}`; }
 * ```
 */
export function currentFrame(): FrameLike | null {
  return R.top.f ?? null;
}
