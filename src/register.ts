/** `jstrace/register`: `node --import jstrace/register app.js` or `node -r jstrace/register app.cjs`. */
import { register } from './loader/register.js';

register();

export { register };
export type { RegisterOptions } from './loader/register.js';
