/**
 * Preloaded (`--require`) into every Node process the `jstrace` command runs: instruments what
 * the process loads (`jstrace/register`), collects with a `Trace` from its first line, and
 * writes the results into the run's directory when the process ends, however it ends (normal
 * end, `process.exit`, an uncaught error, SIGINT/SIGTERM/SIGHUP). Public API only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread } from 'node:worker_threads';
import { Trace, type TraceOptions } from 'jstrace';
import 'jstrace/register';
import { ENV_ONE_PROCESS, ENV_OPTIONS, ENV_RESULTS } from './env.js';


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
const options = process.env[ENV_OPTIONS];
if (process.env[ENV_ONE_PROCESS] && isMainThread) {
  // Only this process is traced: its children (`fork` passes this bootstrap on) see none of it.
  delete process.env[ENV_RESULTS];
  delete process.env[ENV_OPTIONS];
  delete process.env[ENV_ONE_PROCESS];
  // Nor is what `jstrace/register` adds to NODE_OPTIONS for the children it would instrument.
  const registerFlag = `--require ${JSON.stringify(fileURLToPath(new URL('./register.cjs', import.meta.url)))}`;
  const rest = (process.env.NODE_OPTIONS ?? '').replace(registerFlag, '').trim();
  if (rest) process.env.NODE_OPTIONS = rest;
  else delete process.env.NODE_OPTIONS;
}
// Worker threads share their process's results; Node 20's loader-hooks thread runs preloads too.
if (dir && isMainThread) start(dir, JSON.parse(options ?? '{}') as TraceOptions);
