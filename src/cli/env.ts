/** Environment variables through which the `jstrace` command configures the processes it runs. */

/** The directory where each traced process writes its results. */
export const ENV_RESULTS = 'JSTRACE_CLI_RESULTS';
/** The `Trace` options of every traced process, as JSON. */
export const ENV_OPTIONS = 'JSTRACE_CLI_OPTIONS';
