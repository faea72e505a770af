/**
 * Files over 500 KB: Babel's `compact: 'auto'` default prints them on as few lines as it can
 * and writes a note to stderr. Was a bug on the TypeScript/JSX path (@babel/core): the note
 * appeared in the stderr of the instrumented program.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jstrace } from '../helpers/traced.js';

afterEach(() => vi.restoreAllMocks());

function bigSource(typed: boolean): string {
  let src = '';
  for (let i = 0; i < 1800; i++) {
    src += `export function f${i}(a${typed ? ': number' : ''})${typed ? ': number' : ''} {\n  const text = "${'y'.repeat(240)}";\n\n  return a + text.length;\n}\n`;
  }
  return src;
}

describe('files over 500 KB', () => {
  it.each([['/abs/big.ts', true], ['/abs/big.mjs', false]] as const)('%s: every statement keeps its line, nothing is printed', (file, typed) => {
    const src = bigSource(typed);
    expect(src.length).toBeGreaterThan(500_000);
    const errors = vi.spyOn(console, 'error');
    const warns = vi.spyOn(console, 'warn');
    const { code } = jstrace.transform(src, file, { sourceType: 'module' });
    expect([errors.mock.calls, warns.mock.calls]).toEqual([[], []]);
    const lines = code.split('\n');
    const original = src.split('\n');
    // Each `return` is on its original line.
    const returns = (ls: string[]) => ls.flatMap((l, i) => (/\breturn\b.*text\.length/.test(l) ? [i] : []));
    expect(returns(lines)).toEqual(returns(original));
  });
});
