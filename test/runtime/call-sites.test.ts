/**
 * A tagged template is one call site: its strings object is the same at every evaluation, and
 * libraries cache by it (lit-html's template cache). The instrumenter emits some expressions
 * twice, an untraced and a traced copy (a `return`'s value, an arrow's body, a `yield` or
 * `await` operand); one that holds a tagged template must stay one copy, so that a function
 * called before, during and after tracing gets the same strings object each time.
 */
import { describe, expect, it } from 'vitest';
import { jstrace, load } from '../helpers/traced.js';

describe('tagged templates keep one strings object across tracing on and off', () => {
  const { exports } = load(`
    const tag = (strings) => strings;
    exports.returned = function () { return tag\`a\${1}\`; };
    exports.arrowBody = () => tag\`b\`;
    exports.nested = () => [1].map(() => tag\`c\`)[0];
    exports.yielded = function () { function* g() { yield tag\`d\`; } return g().next().value; };
    exports.awaited = async function () { return await tag\`e\`; };
  `);
  const noop = function tracer(): unknown {
    return tracer;
  };

  for (const name of ['returned', 'arrowBody', 'nested', 'yielded', 'awaited']) {
    it(name, async () => {
      const call = async (): Promise<unknown> => await exports[name]();
      const untraced = await call();
      jstrace.settrace(noop);
      let traced: unknown;
      try {
        traced = await call();
      } finally {
        jstrace.settrace(null);
      }
      const after = await call();
      expect(Array.isArray(untraced) && Object.isFrozen(untraced)).toBe(true);
      expect([traced === untraced, after === untraced]).toEqual([true, true]);
    });
  }
});
