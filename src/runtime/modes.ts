/**
 * Which hooks the registry holds: the settrace hooks, the monitoring-only hooks, or both
 * together. Decided whenever `settrace` or the monitoring configuration changes, so the hot
 * path never tests which tools are active.
 */
import { ABI } from '../protocol.js';
import type { Hooks } from './hooks.js';
import type { Frame } from './frame.js';
import { inliningForTracing } from './inlining.js';
import { monitoringHooks, type MonitoringState } from './monitoring.js';
import { publishOn, type Registry } from './registry.js';

/** What the installing runtime keeps on `R.impl`, shared with later copies of the runtime. */
export interface RuntimeImpl {
  version: string;
  monitoring: MonitoringState;
  /** Puts the hooks that match the current tracer and monitoring state on the registry. */
  applyMode: () => void;
  /** Ends the frames above a frame (or all) that an exception left for code that is not instrumented. */
  unwindAbove?: (f: Frame | null) => void;
}

/** Makes `applyMode` for `R`, given the settrace hooks and their table for when nothing is active. */
export function modeSwitch(R: Registry, trace: Hooks, idle: Hooks, monitoring: MonitoringState): () => void {
  return () => {
    const tracing = R.tracer !== null;
    const monitored = monitoring.active;
    const table = monitored ? monitoringHooks(R, monitoring, tracing ? (trace as never) : null) : tracing ? trace : idle;
    Object.assign(R, table);
    publishOn(R, (tracing || monitored) && R.abi === ABI);
    inliningForTracing(R.on);
  };
}
