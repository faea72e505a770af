/**
 * `monitoring`: the public face of src/runtime/monitoring.ts, named as Python's
 * `sys.monitoring` is (SPEC §3). Tools take an id (0–5), register one callback per event and
 * choose which events they want; no frame objects are made for them.
 */
import {
  COUNT,
  DISABLE,
  readCounts,
  resetCounts,
  EVENTS,
  checkTool,
  disabledCodes,
  rebuildListeners,
  restartAll,
  type MonitoringCallback,
  type MonitoringState,
} from './monitoring.js';
import type { RuntimeImpl } from './modes.js';
import type { CodeLike } from './types.js';
import { runtimeRegistry } from './settrace.js';

function runtime(): RuntimeImpl {
  const impl = runtimeRegistry().impl as Partial<RuntimeImpl> | null;
  if (!impl?.monitoring || !impl.applyMode) {
    throw new Error('monitoring: the jstrace runtime loaded first in this process is too old to support monitoring');
  }
  return impl as RuntimeImpl;
}

function state(): MonitoringState {
  return runtime().monitoring;
}

function changed(): void {
  const impl = runtime();
  rebuildListeners(impl.monitoring);
  impl.applyMode();
}

function toolOf(id: number) {
  checkTool(id);
  const tool = state().tools[id];
  if (!tool) throw new Error(`monitoring: tool ${id} is not in use (call use_tool_id first)`);
  return tool;
}

/** Every event jstrace supports. */
const ALL = Object.values(EVENTS).reduce<number>((mask, bit) => mask | bit, 0);

/**
 * The low-level monitoring API (Python's `sys.monitoring`, PEP 669), for tools that need speed
 * more than frames: coverage, profilers. Callbacks receive the code object and the line
 * (`LINE`) or 0 (`PY_START`, `PY_RESUME`, `PY_RETURN`, `PY_YIELD`, which also get the value);
 * returning `monitoring.DISABLE` switches that event off at that location until
 * `restart_events()`. Callbacks run with events off (the code they call is not monitored).
 *
 * @example
 * ```js
 * import { monitoring } from 'jstrace';
 * const { COVERAGE_ID, events, DISABLE } = monitoring;
 * const seen = new Set();
 * monitoring.use_tool_id(COVERAGE_ID, 'my-coverage');
 * monitoring.register_callback(COVERAGE_ID, events.LINE, (code, line) => {
 *   seen.add(`${code.co_filename}:${line}`);
 *   return DISABLE; // once per line is enough
 * });
 * monitoring.set_events(COVERAGE_ID, events.LINE);
 * main();
 * monitoring.set_events(COVERAGE_ID, events.NO_EVENTS);
 * monitoring.free_tool_id(COVERAGE_ID);
 * ```
 */
export const monitoring = Object.freeze({
  DEBUGGER_ID: 0,
  COVERAGE_ID: 1,
  PROFILER_ID: 2,
  OPTIMIZER_ID: 5,
  /** Returned by a callback: no more of this event at this location. */
  DISABLE,
  /**
   * Registered instead of a LINE or PY_START callback: the runtime counts the event (per file
   * and line, or per code object) without calling anything; read with `get_counts()`. A
   * jstrace extension of PEP 669: counting every line at the cost of an increment.
   */
  COUNT,
  /** Event bits, Python's values (only these are supported). */
  events: EVENTS,

  /**
   * Claims tool id `id` (0–5) under `name`; throws if it is taken.
   *
   * @example
   * ```js
   * monitoring.use_tool_id(monitoring.PROFILER_ID, 'my-profiler');
   * ```
   */
  use_tool_id(id: number, name: string): void {
    checkTool(id);
    if (typeof name !== 'string') throw new TypeError('monitoring.use_tool_id(): the name must be a string');
    const s = state();
    if (s.tools[id]) throw new Error(`monitoring: tool ${id} is already in use`);
    s.tools[id] = { name, events: 0, callbacks: new Map() };
  },

  /**
   * Unregisters the tool's callbacks and events, keeping the id claimed.
   *
   * @example
   * ```js
   * monitoring.clear_tool_id(monitoring.PROFILER_ID);
   * ```
   */
  clear_tool_id(id: number): void {
    checkTool(id);
    const tool = state().tools[id];
    if (!tool) return;
    tool.events = 0;
    tool.callbacks.clear();
    changed();
  },

  /**
   * Releases tool id `id` (its callbacks and events go too).
   *
   * @example
   * ```js
   * monitoring.free_tool_id(monitoring.COVERAGE_ID);
   * ```
   */
  free_tool_id(id: number): void {
    checkTool(id);
    const s = state();
    if (!s.tools[id]) return;
    s.tools[id] = null;
    for (const code of disabledCodes(s)) if (code._mdis) code._mdis[id] = undefined;
    changed();
  },

  /**
   * The name of the tool holding `id`, or null.
   *
   * @example
   * ```js
   * monitoring.get_tool(monitoring.COVERAGE_ID); // 'my-coverage' or null
   * ```
   */
  get_tool(id: number): string | null {
    checkTool(id);
    return state().tools[id]?.name ?? null;
  },

  /**
   * Sets the callback of tool `id` for one event and returns the previous one (or null);
   * `null` unregisters it.
   *
   * @example
   * ```js
   * monitoring.register_callback(1, monitoring.events.PY_START, (code) => { calls.add(code); });
   * ```
   */
  register_callback(id: number, event: number, callback: MonitoringCallback | typeof COUNT | null): MonitoringCallback | typeof COUNT | null {
    const tool = toolOf(id);
    if (typeof event !== 'number' || event <= 0 || (event & (event - 1)) !== 0 || (event & ALL) === 0) {
      throw new RangeError(`monitoring.register_callback(): ${String(event)} is not one event of monitoring.events that jstrace supports`);
    }
    if (callback === COUNT) {
      if (event !== EVENTS.LINE && event !== EVENTS.PY_START) throw new RangeError('monitoring.register_callback(): COUNT counts LINE or PY_START events only');
    } else if (callback !== null && typeof callback !== 'function') {
      throw new TypeError('monitoring.register_callback(): the callback must be a function, monitoring.COUNT or null');
    }
    const previous = tool.callbacks.get(event) ?? null;
    if (callback === null) tool.callbacks.delete(event);
    else tool.callbacks.set(event, callback);
    changed();
    return previous;
  },

  /**
   * Sets the events tool `id` receives, as a mask of `monitoring.events` bits.
   *
   * @example
   * ```js
   * monitoring.set_events(1, monitoring.events.LINE | monitoring.events.PY_START);
   * ```
   */
  set_events(id: number, mask: number): void {
    const tool = toolOf(id);
    if (!Number.isInteger(mask) || mask < 0 || (mask & ~ALL) !== 0) {
      throw new RangeError(`monitoring.set_events(): ${String(mask)} has events jstrace does not support (supported: PY_START, PY_RESUME, PY_RETURN, PY_YIELD, LINE)`);
    }
    tool.events = mask;
    changed();
  },

  /**
   * The events mask of tool `id`.
   *
   * @example
   * ```js
   * if (monitoring.get_events(1) & monitoring.events.LINE) console.log('line coverage on');
   * ```
   */
  get_events(id: number): number {
    return toolOf(id).events;
  },

  /**
   * Turns back on every event location a callback switched off with `DISABLE`.
   *
   * @example
   * ```js
   * monitoring.restart_events();
   * ```
   */
  restart_events(): void {
    restartAll(state());
  },

  /**
   * What `COUNT` counted since the last `reset_counts()`: per file, the times each line ran
   * and the calls of each of its code objects (every code object of the file, 0 if never called).
   *
   * @example
   * ```js
   * monitoring.register_callback(1, monitoring.events.LINE, monitoring.COUNT);
   * monitoring.set_events(1, monitoring.events.LINE);
   * main();
   * for (const [file, { lines }] of monitoring.get_counts()) console.log(file, lines);
   * ```
   */
  get_counts(): Map<string, { lines: Map<number, number>; calls: Map<CodeLike, number> }> {
    return readCounts(state());
  },

  /**
   * Sets every `COUNT` counter back to zero.
   *
   * @example
   * ```js
   * monitoring.reset_counts();
   * ```
   */
  reset_counts(): void {
    resetCounts(state());
  },
});
