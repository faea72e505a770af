/**
 * The differential fuzzer (./fuzz.mjs) in the test suite: a bounded run from fixed seeds, and
 * the regression programs of ./regressions (each a program the fuzzer or the real-package
 * suite found differing once, or one written to cover a rule), run plain, off and traced,
 * with f_locals checked against the line-store oracle at each call and line event.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module without types
import { check } from './fuzz.mjs';
// @ts-expect-error: a plain ES module without types
import { generate } from './generate.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const regressions = path.join(here, 'regressions');

describe('fuzzer', () => {
  it('generates programs that run (most to the end) and print', async () => {
    const code = generate(7) as string;
    expect(code).toContain('print(');
    expect(await check(code)).toBeNull();
  });

  it('a bounded run: 150 programs, plain = off = traced, f_locals as the line-store oracle', async () => {
    const failures: string[] = [];
    for (let seed = 1000; seed < 1150; seed++) {
      const diff = await check(generate(seed));
      if (diff) failures.push(`seed ${seed} (${diff.mode})`);
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it.each(fs.existsSync(regressions) ? fs.readdirSync(regressions).filter((f) => f.endsWith('.js')) : [])('regression %s', async (file) => {
    expect(await check(fs.readFileSync(path.join(regressions, file), 'utf8'), `regression-${file}`)).toBeNull();
  });
});
