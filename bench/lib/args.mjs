// Command-line options of `npm run bench`, validated up front with messages naming the bad value.
import { MODES, WORKLOADS } from './config.mjs';

export const USAGE = `usage: node bench/run.mjs [options]
  --rounds N        interleaved rounds per workload (default 10)
  --quick           3 rounds and 3 transform repetitions (a smoke run, not for quoting)
  --only a,b        workloads to run, from: ${WORKLOADS.join(', ')}
  --modes a,b       JS modes to run (plain is always run), from: ${MODES.map((m) => m.name).join(', ')}
  --timeout S       per-process limit in seconds (default 120); a warm-up slower than S/4
                    is reported as the (cold) measurement and not repeated in later rounds
  --no-python       skip the CPython measurements
  --no-transform    skip the transform-throughput section
  --help            print this text`;

function fail(message) {
  const err = new Error(`${message}\n\n${USAGE}`);
  err.usage = true;
  throw err;
}

function parseList(value, allowed, flag) {
  if (!value) fail(`${flag} needs a comma-separated list`);
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = items.filter((s) => !allowed.includes(s));
  if (bad.length) fail(`${flag}: unknown ${bad.join(', ')}; allowed: ${allowed.join(', ')}`);
  return items;
}

function parsePositive(value, flag) {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) fail(`${flag} must be a positive integer, got ${value}`);
  return n;
}

/** Parse argv (without node and script) into the options object used by run.mjs. */
export function parseArgs(argv) {
  const opts = {
    rounds: 10, transformReps: 5, workloads: [...WORKLOADS], modes: MODES.map((m) => m.name),
    python: true, transform: true, help: false, quick: false, timeoutS: 120,
  };
  let roundsGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined];
    const value = () => (inline !== undefined ? inline : argv[++i]);
    switch (flag) {
      case '--rounds': opts.rounds = parsePositive(value(), '--rounds'); roundsGiven = true; break;
      case '--quick': opts.quick = true; break;
      case '--timeout': opts.timeoutS = parsePositive(value(), '--timeout'); break;
      case '--only': opts.workloads = parseList(value(), WORKLOADS, '--only'); break;
      case '--modes': opts.modes = parseList(value(), MODES.map((m) => m.name), '--modes'); break;
      case '--no-python': opts.python = false; break;
      case '--no-transform': opts.transform = false; break;
      case '--help': case '-h': opts.help = true; break;
      default: fail(`unknown option ${arg}`);
    }
  }
  if (opts.quick) {
    if (!roundsGiven) opts.rounds = 3;
    opts.transformReps = 3;
  }
  if (!opts.modes.includes('plain')) opts.modes.unshift('plain');
  opts.modes = MODES.map((m) => m.name).filter((name) => opts.modes.includes(name));
  return opts;
}
