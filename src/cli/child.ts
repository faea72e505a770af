/**
 * Preloaded (`--require`) into every Node process the `jstrace` command runs: instruments what
 * the process loads (`jstrace/register`), collects with a `Trace` from its first line, and
 * writes the results into the run's directory when the process ends, however it ends (normal
 * end, `process.exit`, an uncaught error, SIGINT/SIGTERM/SIGHUP). Public API only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { Trace, type TraceOptions } from 'jstrace';
import 'jstrace/register';
import { ENV_OPTIONS, ENV_RESULTS } from './env.js';


function start(dir: string, options: TraceOptions): void {
  const tracer = new Trace(options);
  tracer.start();
  let written = false;
  const write = (): void => {
    if (written) return;
    written = true;
    tracer.stop();
    const file = path.join(dir, `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.json`);
    try {
      fs.writeFileSync(file, JSON.stringify(tracer.results().toJSON()));
    } catch (err) {
      process.stderr.write(`jstrace: could not save this process's counts (${(err as Error).message})\n`);
    }
  };
  process.on('exit', write);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    const onSignal = (): void => {
      // The program handles the signal itself: it decides whether the process ends.
      if (process.listenerCount(signal) > 1) return;
      write();
      process.removeListener(signal, onSignal);
      process.kill(process.pid, signal);
    };
    process.on(signal, onSignal);
  }
}

const dir = process.env[ENV_RESULTS];
// Worker threads share their process's results; Node 20's loader-hooks thread runs preloads too.
if (dir && isMainThread) start(dir, JSON.parse(process.env[ENV_OPTIONS] ?? '{}') as TraceOptions);
