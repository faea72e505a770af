/**
 * The `jstrace` command line: Python's `trace` options (same names, same help, same usage
 * errors through a port of Python's argparse), plus Istanbul reporters.
 */
import os from 'node:os';
import path from 'node:path';
import { ArgumentParser, RawDescriptionHelpFormatter, REMAINDER } from 'argparse';

export const REPORTERS = ['lcov', 'lcovonly', 'html', 'text', 'text-summary', 'json', 'json-summary', 'cobertura', 'clover', 'teamcity'] as const;

export interface CliOptions {
  count: boolean;
  trace: boolean;
  listfuncs: boolean;
  trackcalls: boolean;
  report: boolean;
  no_report: boolean;
  file: string | null;
  coverdir: string | null;
  missing: boolean;
  summary: boolean;
  timing: boolean;
  ignore_module: string[];
  ignore_dir: string[];
  reporter: string[];
  report_dir: string;
  progname: string | null;
  arguments: string[];
  /** The program came after `--`: a command to run as is, not a script. */
  command: boolean;
}

const DESCRIPTION = `Run a Node program (or a whole command, after --) with jstrace, the counterpart of
Python's "python -m trace": print each line as it runs (--trace), count line executions and
write annotated .cover files and Istanbul reports (--count), or list the functions called
(--listfuncs) and who calls whom (--trackcalls). The program's output, exit code, stdin and
argv are its own.`;

const EPILOG = `examples:
  jstrace --trace app.js arg1           print every line of app.js (and what it loads) as it runs
  jstrace --count --missing --summary app.js
                                        write app.cover beside app.js, with unrun lines marked
  jstrace -c -C cover --reporter lcov --reporter html -- npm test
                                        count every Node process of "npm test"; .cover files
                                        under cover/, lcov.info and HTML under coverage/
  jstrace -c -f counts.json -R app.js   accumulate counts over runs, report later with
  jstrace -r -f counts.json -m -s       (no program run)

Files under node_modules are not traced (see "Choosing files" in the README: JSTRACE_INCLUDE,
JSTRACE_EXCLUDE). Exit status: the program's own; 2 for a usage error; 1 when the program
cannot be started or results cannot be read or written.`;

/** The parser (exits with status 2 and a `usage:` line on a usage error). */
export function makeParser(version: string): ArgumentParser {
  const parser = new ArgumentParser({
    prog: 'jstrace',
    description: DESCRIPTION,
    epilog: EPILOG,
    formatter_class: RawDescriptionHelpFormatter,
    color: false,
  });
  parser.add_argument('--version', { action: 'version', version: `jstrace ${version} (trace 2.0)` });

  let grp = parser.add_argument_group('Main options', 'One of these (or --report) must be given');
  grp.add_argument('-c', '--count', {
    action: 'store_true',
    help: "Count the number of times each line is executed and write the counts to <module>.cover for each module executed, in the module's directory. See also --coverdir, --file, --no-report, --reporter below.",
  });
  grp.add_argument('-t', '--trace', { action: 'store_true', help: 'Print each line to stdout before it is executed' });
  grp.add_argument('-l', '--listfuncs', {
    action: 'store_true',
    help: 'Keep track of which functions are executed at least once and write the results to stdout after the program exits. Cannot be specified alongside --trace or --count.',
  });
  grp.add_argument('-T', '--trackcalls', { action: 'store_true', help: 'Keep track of caller/called pairs and write the results to stdout after the program exits.' });

  grp = parser.add_argument_group('Modifiers');
  const excl = grp.add_mutually_exclusive_group();
  excl.add_argument('-r', '--report', {
    action: 'store_true',
    help: 'Generate a report from a counts file; does not execute any code. --file must specify the results file to read, which must have been created in a previous run with --count --file=FILE',
  });
  excl.add_argument('-R', '--no-report', { action: 'store_true', help: 'Do not generate the coverage report files (the counts file is still saved). Useful if you want to accumulate over several runs.' });
  grp.add_argument('-f', '--file', { help: 'File to accumulate counts over several runs (JSON; merged under a lock when several processes write it)' });
  grp.add_argument('-C', '--coverdir', { help: 'Directory where the report files go. The coverage report for <package>/<module>.js is written to file <dir>/<package>.<module>.cover' });
  grp.add_argument('-m', '--missing', { action: 'store_true', help: 'Annotate executable lines that were not executed with ">>>>>> "' });
  grp.add_argument('-s', '--summary', { action: 'store_true', help: 'Write a brief summary for each file to stdout. Can only be used with --count or --report' });
  grp.add_argument('-g', '--timing', { action: 'store_true', help: 'Prefix each line with the time since the program started. Only used while tracing' });
  grp.add_argument('--reporter', {
    action: 'append',
    default: [],
    choices: [...REPORTERS],
    metavar: 'NAME',
    help: `Also write an Istanbul report (repeatable): ${REPORTERS.join(', ')}. Only with --count or --report`,
  });
  grp.add_argument('--report-dir', { default: 'coverage', metavar: 'DIR', help: 'Directory for --reporter output (default: coverage)' });

  grp = parser.add_argument_group('Filters', 'Can be specified multiple times');
  grp.add_argument('--ignore-module', {
    action: 'append',
    default: [],
    help: 'Ignore the given module(s) and its submodules (if it is a package). Accepts comma separated list of module names (a file\'s base name without extension, or its dotted path from the current directory: pkg.mod).',
  });
  grp.add_argument('--ignore-dir', { action: 'append', default: [], help: 'Ignore files in the given directory (multiple directories can be joined by ":").' });

  parser.add_argument('progname', { nargs: '?', help: 'file to run as main program (or, after --, a command whose Node processes are all traced)' });
  parser.add_argument('arguments', { nargs: REMAINDER, help: 'arguments to the program' });
  return parser;
}

/**
 * Parses `argv` (without node and the script). A `--` before the program makes it a command
 * (`jstrace -c -- npm test`); otherwise the program is a script run with node.
 */
export function parseArgs(parser: ArgumentParser, argv: string[]): CliOptions {
  const dash = argv.indexOf('--');
  let opts: CliOptions;
  if (dash >= 0) {
    const before = parser.parse_args(argv.slice(0, dash)) as CliOptions;
    if (before.progname === null || before.progname === undefined) {
      const rest = argv.slice(dash + 1);
      opts = { ...before, progname: rest[0] ?? null, arguments: rest.slice(1), command: true };
      return normalise(opts);
    }
  }
  opts = { ...(parser.parse_args(argv) as CliOptions), command: false };
  return normalise(opts);
}

/**
 * What Python's `trace` does to an `--ignore-dir` entry: environment variables (`$NAME`,
 * `${NAME}`; unknown ones stay as written), then `~`, then `$prefix` and `$exec_prefix`, which
 * here are Node's installation prefix (where its global packages live).
 */
export function expandIgnoreDir(dir: string): string {
  const vars = dir.replace(/\$(\w+|\{[^}]*\})/g, (whole, name: string) => process.env[name.startsWith('{') ? name.slice(1, -1) : name] ?? whole);
  const home = vars === '~' || vars.startsWith('~/') ? os.homedir() + vars.slice(1) : vars;
  const prefix = path.dirname(path.dirname(process.execPath));
  return home.replaceAll('$exec_prefix', prefix).replaceAll('$prefix', prefix);
}

function normalise(o: CliOptions): CliOptions {
  o.ignore_module = o.ignore_module.flatMap((m) => m.split(',')).map((m) => m.trim()).filter(Boolean);
  o.ignore_dir = o.ignore_dir.flatMap((d) => d.split(path.delimiter)).filter(Boolean).map(expandIgnoreDir);
  o.progname ??= null;
  o.arguments ??= [];
  return o;
}
