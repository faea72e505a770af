/**
 * `jstrace`: runs a script or a command with every Node process in it traced (src/cli/child.ts
 * preloaded through NODE_OPTIONS), then merges what the processes collected and reports it the
 * way Python's `trace` does. Uses the public API only.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import tty from 'node:tty';
import { fileURLToPath } from 'node:url';
import { CountsFileError, CoverageResults, writeIstanbulReports, type CountsData, type TraceOptions } from 'jstrace';
// A file-system helper shared with the library, not part of its tracing API.
import { makeDirs } from '../fs/make-dirs.js';
import { ENV_ONE_PROCESS, ENV_OPTIONS, ENV_PROBES_BEFORE, ENV_RESULTS } from './env.js';
import { makeParser, parseArgs, type CliOptions } from './options.js';


/** A failure the user can cause: one line on stderr, exit 1. */
class CliError extends Error {}

function version(): string {
  const require = createRequire(import.meta.url);
  return (require('../package.json') as { version: string }).version;
}

function fail(message: string): never {
  throw new CliError(message);
}

/** Usage errors Python's `trace` reports through `parser.error` (exit 2 after a `usage:` line). */
function checkUsage(opts: CliOptions, error: (message: string) => never): void {
  if (opts.report) {
    if (!opts.file) error('-r/--report requires -f/--file');
    return;
  }
  if (!(opts.trace || opts.count || opts.listfuncs || opts.trackcalls)) {
    error('must specify one of --trace, --count, --report, --listfuncs, or --trackcalls');
  }
  if (opts.listfuncs && (opts.count || opts.trace)) error('cannot specify both --listfuncs and (--trace or --count)');
  if (opts.summary && !opts.count) error('--summary can only be used with --count or --report');
  if (opts.reporter.length > 0 && !opts.count) error('--reporter can only be used with --count or --report');
  if (opts.progname === null) error('progname is missing: required with the main options');
}

/** Reads the counts file now, so a damaged one stops the run before anything is lost. */
function loadCounts(file: string | null): CoverageResults {
  try {
    return file ? CoverageResults.load(file) : new CoverageResults();
  } catch (err) {
    if (err instanceof CountsFileError) fail(err.message);
    fail(`cannot read counts file '${file}': ${(err as Error).message}`);
  }
}

/** Creates `dir` and checks that files can be written in it. */
function checkWritableDir(dir: string, what: string): void {
  // An empty name is no directory (Python's `os.makedirs('')` fails the same way), not the cwd.
  if (dir === '') fail(`cannot write to ${what} '': ENOENT`);
  try {
    makeDirs(dir);
    const probe = path.join(dir, `.jstrace-write-test-${process.pid}`);
    fs.writeFileSync(probe, '');
    fs.unlinkSync(probe);
  } catch (err) {
    fail(`cannot write to ${what} '${dir}': ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}

/** Writes every report the options ask for (none with --no-report). */
async function report(opts: CliOptions, results: CoverageResults): Promise<void> {
  if (opts.no_report) return;
  results.writeResults({
    showMissing: opts.missing,
    summary: opts.summary,
    coverdir: opts.coverdir,
    noCoverFiles: !(opts.count || opts.report),
  });
  // Python's listing always has its own harness's call in it, so its header is always there;
  // jstrace leaves that row out (docs/trace-differences.md), and keeps the header.
  if (opts.trackcalls && results.callers.size === 0) process.stdout.write('\ncalling relationships:\n');
  if (opts.reporter.length > 0) await writeIstanbulReports(results, opts.reporter, opts.report_dir);
}

/** The bootstrap preloaded into each traced process (src/cli/child.ts). */
const childBootstrap = (): string => fileURLToPath(new URL('./cli-child.cjs', import.meta.url));

/** `NODE_OPTIONS` plus `--require <child bootstrap>`, quoted for paths with spaces. */
function nodeOptionsWithChild(): string {
  const child = childBootstrap();
  const flag = `--require ${JSON.stringify(child)}`;
  const current = process.env.NODE_OPTIONS ?? '';
  return current.includes(child) ? current : current ? `${current} ${flag}` : flag;
}

interface Outcome {
  code: number | null;
  signal: NodeJS.Signals | null;
}

const isFile = (file: string): boolean => {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
};

/** A script that cannot be run stops the command before anything is made (as Python's `trace`). */
function checkScript(opts: CliOptions): void {
  if (opts.command || opts.report) return;
  const program = opts.progname!;
  if (!fs.existsSync(program)) fail(`Cannot run file '${program}' because: no such file`);
  if (fs.statSync(program).isDirectory()) fail(`Cannot run file '${program}' because: it is a directory`);
}

/** Runs the program with stdio shared, its signals forwarded; resolves when it ends. */
function runProgram(opts: CliOptions, dir: string): Promise<Outcome> {
  const trace: TraceOptions = {
    count: opts.count,
    trace: opts.trace,
    countfuncs: opts.listfuncs,
    countcallers: opts.trackcalls,
    ignoremods: opts.ignore_module,
    ignoredirs: opts.ignore_dir,
    timing: opts.timing,
  };
  const env: NodeJS.ProcessEnv = { ...process.env, [ENV_RESULTS]: dir, [ENV_OPTIONS]: JSON.stringify(trace) };
  // A command's every Node process is traced (through NODE_OPTIONS, which they inherit); a
  // script's own process only, as `python -m trace` does: the bootstrap is its `--require`, and
  // it takes these variables out of the environment its children inherit.
  if (opts.command) env.NODE_OPTIONS = nodeOptionsWithChild();
  else {
    env[ENV_ONE_PROCESS] = '1';
    env[ENV_PROBES_BEFORE] = process.env.JSTRACE_PROBES ?? '';
  }
  // Counting alone needs no frames: the counters form (docs/decisions.md §11); anything else
  // needs the events, whatever the environment says.
  env.JSTRACE_PROBES = opts.count && !opts.trace && !opts.listfuncs && !opts.trackcalls ? 'counters' : 'events';
  const program = opts.progname!;
  let file: string;
  let args: string[];
  if (opts.command) {
    file = program;
    args = opts.arguments;
  } else {
    file = process.execPath;
    args = ['--require', childBootstrap(), program, ...opts.arguments];
  }
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { stdio: 'inherit', env });
    // A terminal's Ctrl-C reaches the program already (same process group): on a terminal, a
    // SIGINT is not passed on again. Other signals, and a SIGINT where no terminal is (a
    // supervisor's `kill -INT`, a test's `child.kill('SIGINT')`), are. Either way the results
    // are reported once the program ends.
    //
    // The program writes its counts at a signal from a handler, which Node runs at the event
    // loop's next turn: a program busy in synchronous code ends only when it returns there (as
    // under nyc). A second signal to the command stops it at once, and its counts are lost.
    const onTerminal = [0, 1, 2].some((fd) => tty.isatty(fd));
    let signalled = false;
    let forced: NodeJS.Signals | null = null;
    const forward = (signal: NodeJS.Signals) => () => {
      if (!signalled) {
        signalled = true;
        if (signal !== 'SIGINT' || !onTerminal) child.kill(signal);
        return;
      }
      if (forced !== null) return;
      forced = signal;
      process.stderr.write(`jstrace: a second ${signal}: the program is stopped at once, and its counts are lost\n`);
      child.kill('SIGKILL');
    };
    const handlers = (['SIGINT', 'SIGTERM', 'SIGHUP'] as const).map((s) => [s, forward(s)] as const);
    for (const [s, h] of handlers) process.on(s, h);
    child.on('error', (err: NodeJS.ErrnoException) => {
      for (const [s, h] of handlers) process.removeListener(s, h);
      let why = err.code === 'ENOENT' ? 'command not found' : err.message;
      // `python -m trace -c -- main.py` runs a script; here `--` starts a command.
      if ((err.code === 'ENOENT' || err.code === 'EACCES') && isFile(program)) why += ` (to trace the script '${program}', leave out '--')`;
      reject(new CliError(`Cannot run '${program}' because: ${why}`));
    });
    child.on('exit', (code, signal) => {
      for (const [s, h] of handlers) process.removeListener(s, h);
      // Stopped by a second signal: the command ends as that signal would have ended it.
      resolve(forced !== null && signal === 'SIGKILL' ? { code: null, signal: forced } : { code, signal });
    });
  });
}

/** Merges what every process wrote into `results`. */
function collect(dir: string, results: CoverageResults): void {
  for (const name of fs.readdirSync(dir).sort()) {
    if (!name.endsWith('.json')) continue;
    let data: CountsData;
    try {
      data = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as CountsData;
    } catch {
      continue; // a process killed while writing: its counts are lost, not the others'
    }
    results.update(CoverageResults.fromJSON(data));
  }
}

/**
 * Runs the command line `argv` (without node and the script path); resolves to the exit code.
 *
 * @example
 * ```js
 * import { main } from 'jstrace/cli';
 * process.exitCode = await main(['--count', '--missing', 'app.js']);
 * ```
 */
export async function main(argv: string[]): Promise<number> {
  const parser = makeParser(version());
  const opts = parseArgs(parser, argv);
  const error = (message: string): never => {
    parser.error(message);
    throw new Error('unreachable');
  };
  checkUsage(opts, error);
  try {
    const base = loadCounts(opts.file);
    checkScript(opts);
    // The cover directory is made only when `.cover` files will be written in it (counting, or
    // `--report`), as Python makes it; before the run, so that a bad one costs no run.
    // (`--trackcalls` wins over `--count`, as in Python: then no `.cover` file, and no folder.)
    if (opts.coverdir != null && !opts.no_report && (opts.report || (opts.count && !opts.trackcalls))) checkWritableDir(opts.coverdir, '--coverdir');
    if (opts.reporter.length > 0 && !opts.no_report) checkWritableDir(opts.report_dir, '--report-dir');
    if (opts.report) {
      await report(opts, base);
      return 0;
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jstrace-run-'));
    try {
      const outcome = await runProgram(opts, dir);
      const results = new CoverageResults({ data: base.toJSON() });
      const fresh = new CoverageResults();
      collect(dir, fresh);
      // The main script is shown as it was typed, as Python shows it, and its `.cover` file goes
      // beside the name typed (a symlink's folder, not its target's).
      if (!opts.command) {
        const typed = path.resolve(opts.progname!);
        fresh.renameFile(fs.realpathSync(typed), typed);
        fresh.renameFile(typed, opts.progname!);
      }
      results.update(fresh);
      await report(opts, results);
      if (opts.file) {
        try {
          fresh.save(opts.file);
        } catch (err) {
          fail(`cannot save counts file '${opts.file}': ${(err as Error).message}`);
        }
      }
      if (outcome.signal) {
        process.kill(process.pid, outcome.signal);
        return 128 + (os.constants.signals[outcome.signal] ?? 0);
      }
      return outcome.code ?? 1;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  } catch (err) {
    if (err instanceof CliError) {
      process.stderr.write(`jstrace: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}
