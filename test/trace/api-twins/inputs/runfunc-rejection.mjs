// A promise runfunc returns, rejected: handled by the program (on the original) or not at all.
import { Trace } from 'jstrace';
const [how, handled] = process.argv.slice(2);
function start() {
  const p = Promise.reject(new Error('rejected here'));
  if (handled === 'handled') p.catch((e) => console.log('handled:', e.message));
  return p;
}
const t = new Trace({ count: true, trace: false });
const r = how === 'runfunc' ? t.runfunc(start) : start();
console.log('a promise:', r instanceof Promise);
setTimeout(() => console.log('still alive'), 10);
