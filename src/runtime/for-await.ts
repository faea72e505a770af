/**
 * The iterable a traced `for await` walks (`_$jt.fa(f, iterable)`): the same iterator, with the
 * frame's suspension reported after each step's `next()`, and after the `return()` that closes
 * the loop, has run, and before `for await` awaits its result. What those calls run
 * synchronously (an async generator's body up to its next `yield` or `await`, a traced
 * iterator's methods, a sync generator's body) then reports its events first, with the looping
 * frame still running as their `f_back`, as the program runs them (SPEC §3, docs/decisions.md
 * §7).
 *
 * `for await` reads the iterator's methods itself (`next` once, `return` when it closes), and
 * the wrapper reads each of them at the same moment, once: an iterable whose `Symbol.asyncIterator`
 * is absent is walked through its `Symbol.iterator` by `for await`'s own async-from-sync
 * iterator, as before.
 */

type Method = (this: unknown) => unknown;
type Suspend = (failed: boolean, err?: unknown) => void;

/**
 * The `fa` hook for registry `R`: `iterable` itself for an untraced activation, otherwise the
 * iterable whose steps call `R.sq(f)` (whichever table is installed by then reports it).
 */
export function forAwaitHook<F>(R: { [hook: string]: unknown }): (f: F | null, iterable: unknown) => unknown {
  return (f, iterable) =>
    f === null ? iterable : forAwaitIterable(iterable, (failed, err) => void (R.sq as (f: F, failed: boolean, err: unknown) => unknown)(f, failed, err));
}

/**
 * Returns what `for await (… of iterable)` should walk; `suspend` reports the frame's suspension
 * (`failed`: after a step that threw `err`).
 */
export function forAwaitIterable(iterable: unknown, suspend: Suspend): unknown {
  if (iterable === null || iterable === undefined) return iterable; // `for await`'s own TypeError
  const source = iterable as { [Symbol.asyncIterator]?: unknown; [Symbol.iterator]?: unknown };
  const asyncMethod = source[Symbol.asyncIterator];
  if (asyncMethod !== undefined && asyncMethod !== null) {
    if (typeof asyncMethod !== 'function') return iterable;
    return { [Symbol.asyncIterator]: () => steps((asyncMethod as Method).call(iterable), suspend, false) };
  }
  const syncMethod = source[Symbol.iterator];
  if (typeof syncMethod !== 'function') return iterable;
  return { [Symbol.iterator]: () => steps((syncMethod as Method).call(iterable), suspend, true) };
}

/**
 * The iterator: `next` and `return` as `for await` calls them (no argument). Over a sync
 * iterator, `for await`'s async-from-sync iterator awaits a `return()` even where the sync
 * iterator has none (it then makes `{ value: undefined, done: true }` itself): so does this one.
 */
function steps(iterator: unknown, suspend: Suspend, sync: boolean): unknown {
  if (iterator === null || (typeof iterator !== 'object' && typeof iterator !== 'function')) return iterator;
  const it = iterator as { next: Method; return?: Method | null };
  const next = it.next;
  return {
    next(): unknown {
      return step(next, it, suspend, sync);
    },
    get return(): (() => unknown) | undefined {
      const close = it.return;
      if (close === undefined || close === null) {
        if (!sync) return undefined;
        return () => {
          suspend(false);
          return { value: undefined, done: true };
        };
      }
      return () => step(close, it, suspend, sync);
    },
  };
}

/**
 * One call of the iterator's `next` or `return`, then the suspension. A sync iterator's method
 * that throws still suspends the frame: `for await`'s async-from-sync iterator turns the throw
 * into a rejected promise, which it awaits. An async iterator's throw ends the loop at once.
 */
function step(method: Method, it: unknown, suspend: Suspend, sync: boolean): unknown {
  let result: unknown;
  try {
    result = method.call(it);
  } catch (err) {
    if (sync) suspend(true, err);
    throw err;
  }
  suspend(false);
  return result;
}
