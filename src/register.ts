/** `jstrace/register`: `node --import jstrace/register app.js` or `node -r jstrace/register app.cjs`. */
import { register } from './loader/register.js';

try {
  register();
} catch (err) {
  // A bad setting (JSTRACE_PROBES, JSTRACE_INCLUDE, the package.json "jstrace" key): one line
  // and exit 1 before the program starts, not a stack of jstrace's insides.
  if (!(err instanceof TypeError) || !err.message.startsWith('jstrace:')) throw err;
  process.stderr.write(`${err.message}\n`);
  process.exit(1);
}

export { register };
export type { RegisterOptions } from './loader/register.js';
