/**
 * Preloaded (`--require`) into every Node process the `jstrace` command runs: instruments what
 * the process loads (`jstrace/register`), collects with a `Trace` from its first line, and
 * writes the results into the run's directory when the process ends, however it ends (normal
 * end, `process.exit`, an uncaught error, SIGINT/SIGTERM/SIGHUP). Public API only.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread } from 'node:worker_threads';
import { Trace, type TraceOptions } from 'jstrace';
import { ENV_ONE_PROCESS, ENV_OPTIONS, ENV_PROBES_BEFORE, ENV_RESULTS } from './env.js';


/**
 * The trace goes to standard output. When that can no longer be written (a pipe closed early,
 * `| head`; a full disk), the run ends as Python's `trace` ends it: one line, exit 1 (the counts
 * are still saved, by the `exit` listener of `start`), not an unhandled 'error' event's stack.
 */
function cannotWrite(err: unknown): never {
  const script = process.argv[1] ? path.relative(process.cwd(), process.argv[1]) : 'the program';
  process.stderr.write(`Cannot run file '${script}' because: ${(err as Error).message}\n`);
  process.exit(1);
}

/**
 * Where the trace is written: standard output, synchronously. Node writes a pipe
 * asynchronously, so what is still queued when the program ends by `process.exit` or an
 * uncaught error is lost, and a trace queues thousands of lines (`jstrace -t app.js | wc -l`
 * lost nine tenths of them); and a write that fails is only reported once the program gives
 * the event loop a turn. Python's `trace` writes through a buffer it flushes at exit and stops
 * at the first failed write. So a pipe is made blocking (`_handle.setBlocking`, which is how
 * Node makes its writes to files and terminals synchronous), the program's own writes included
 * so that both stay in order, and each trace line is written at once: a failed write ends the
 * run there. Where the pipe cannot be made blocking, the stream is used as it is.
 */
function traceOutput(): TraceOptions['output'] {
  process.stdout.on('error', cannotWrite);
  const handle = (process.stdout as unknown as { _handle?: { setBlocking?: (on: boolean) => number } })._handle;
  if (handle && (typeof handle.setBlocking !== 'function' || handle.setBlocking(true) !== 0)) return process.stdout;
  return {
    write(text: string): void {
      try {
        fs.writeSync(1, text);
      } catch (err) {
        cannotWrite(err);
      }
    },
  };
}

function start(dir: string, options: TraceOptions): void {
  const tracer = new Trace(options.trace ? { ...options, output: traceOutput() } : options);
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
// A main thread started with this bootstrap but no results directory is not the command's: a
// process the traced script started with its own `execArgv`. It runs as plain node runs it.
if (dir || !isMainThread) createRequire(import.meta.url)('jstrace/register');
if (process.env[ENV_ONE_PROCESS] && isMainThread) {
  // Only this process is traced: its children see none of jstrace. Not these variables,
  delete process.env[ENV_RESULTS];
  delete process.env[ENV_OPTIONS];
  delete process.env[ENV_ONE_PROCESS];
  // nor the form of instrumented code the command chose (the user's own setting comes back),
  const before = process.env[ENV_PROBES_BEFORE];
  delete process.env[ENV_PROBES_BEFORE];
  if (before) process.env.JSTRACE_PROBES = before;
  else delete process.env.JSTRACE_PROBES;
  // nor what `jstrace/register` adds to NODE_OPTIONS for the children it would instrument,
  const registerFlag = `--require ${JSON.stringify(fileURLToPath(new URL('./register.cjs', import.meta.url)))}`;
  const rest = (process.env.NODE_OPTIONS ?? '').replace(registerFlag, '').trim();
  if (rest) process.env.NODE_OPTIONS = rest;
  else delete process.env.NODE_OPTIONS;
  // nor this bootstrap, which `fork` (and `cluster`, and worker threads) would pass on through
  // `process.execArgv`: the script sees the `execArgv` plain node gives it.
  const self = fileURLToPath(new URL('./cli-child.cjs', import.meta.url));
  const at = process.execArgv.findIndex((arg, i) => arg === '--require' && process.execArgv[i + 1] === self);
  if (at !== -1) process.execArgv.splice(at, 2);
}
// Worker threads share their process's results; Node 20's loader-hooks thread runs preloads too.
if (dir && isMainThread) start(dir, JSON.parse(options ?? '{}') as TraceOptions);
