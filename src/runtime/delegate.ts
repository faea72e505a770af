/**
 * The iterator `yield*` delegates to when the delegating generator is traced: it forwards each
 * step to the real iterator and lets the outer frame report its resume (`call`, before the
 * inner one's) and its suspension (`return` with the inner yielded value). A `throw` is
 * forwarded as CPython forwards it into a `yield from`: the outer frame reports nothing while
 * the inner one handles it, and resumes (`call`, at its next hook) only when the exception or
 * the inner iterator's end comes back to it. It has `throw` and `return` only where the real
 * iterator has them, so `yield*`'s own handling of a missing method (close, then TypeError) is
 * unchanged (SPEC §3).
 */
export type Step = IteratorResult<unknown>;
export type Iter = { next: (v?: unknown) => Step; throw?: (e?: unknown) => Step; return?: (v?: unknown) => Step };

/**
 * @param onResume the outer frame resumes (its `call` event)
 * @param onSuspend the outer frame suspends with the inner yielded value (its `return` event)
 * @param forwardThrow calls the inner iterator's `throw` (`it.throw(e)`) with the outer frame reporting nothing
 * @param returned what the inner iterator's `return` (a `gen.return(v)` of the outer generator, forwarded)
 *   gave: its result, or null when it threw
 */
export function delegate(
  iterable: unknown,
  onResume: () => void,
  onSuspend: (value: unknown) => void,
  forwardThrow: (it: Iter, e: unknown) => Step,
  returned: (res: Step | null) => void,
): unknown {
  const getIterator = (iterable as { [Symbol.iterator]?: () => Iter } | null | undefined)?.[Symbol.iterator];
  if (typeof getIterator !== 'function') return iterable; // let `yield*` throw its own TypeError
  const it = getIterator.call(iterable);
  if (it === null || (typeof it !== 'object' && typeof it !== 'function')) return iterable;
  const next = it.next;
  let started = false;
  // Each method calls the inner iterator itself: one frame of jstrace's between the two
  // generators in a stack trace (V8 counts it against `Error.stackTraceLimit`).
  const wrapper: Record<PropertyKey, unknown> = {
    [Symbol.iterator]() {
      return wrapper;
    },
    next(v: unknown): Step {
      if (started) onResume();
      started = true;
      const res = next.call(it, v);
      if (res !== null && typeof res === 'object' && !res.done) onSuspend(res.value);
      return res;
    },
  };
  if (typeof it.throw === 'function') {
    wrapper.throw = function (e: unknown): Step {
      return forwardThrow(it, e);
    };
  }
  if (typeof it.return === 'function') {
    wrapper.return = function (v: unknown): Step {
      if (started) onResume();
      started = true;
      let res: Step;
      try {
        res = it.return!(v);
      } catch (err) {
        returned(null);
        throw err;
      }
      returned(res);
      if (res !== null && typeof res === 'object' && !res.done) onSuspend(res.value);
      return res;
    };
  }
  return wrapper;
}
