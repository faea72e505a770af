/** Environment variables through which the `jstrace` command configures the processes it runs. */

/** The directory where each traced process writes its results. */
export const ENV_RESULTS = 'JSTRACE_CLI_RESULTS';
/** The `Trace` options of every traced process, as JSON. */
export const ENV_OPTIONS = 'JSTRACE_CLI_OPTIONS';
/** Set when only the program's own process is traced (a script, not a `--` command). */
export const ENV_ONE_PROCESS = 'JSTRACE_CLI_ONE_PROCESS';
/** The user's own `JSTRACE_PROBES` (empty when unset), restored for a script's children. */
export const ENV_PROBES_BEFORE = 'JSTRACE_CLI_PROBES_BEFORE';
