/**
 * `gen.return(v)` resumes a suspended generator only to run its `finally` blocks; the value
 * never reaches its code. To report `return` with `v` (SPEC §3), the prototype method is
 * wrapped, while a tracer is set, so that the value is known to the frame that resumes.
 * The wrapper keeps the method's name and length.
 */
import type { Registry } from './registry.js';

let patched = false;

export function patchGeneratorReturn(R: Registry): void {
  if (patched) return;
  patched = true;
  const proto = Object.getPrototypeOf(function* () {}).prototype as { return: (this: Generator, v?: unknown) => IteratorResult<unknown> };
  const original = proto.return;
  const wrapped = {
    return(this: Generator, value?: unknown): IteratorResult<unknown> {
      R.genReturn = { value };
      try {
        return original.call(this, value);
      } finally {
        R.genReturn = null;
      }
    },
  }.return;
  Object.defineProperty(wrapped, 'length', { value: original.length });
  Object.defineProperty(proto, 'return', { value: wrapped, writable: true, enumerable: false, configurable: true });
}
