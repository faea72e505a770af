/** Which files the loaders instrument, and where that is configured (SPEC §5). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFilter, resolveFilterOptions } from '../../src/loader/filter.js';

const cwd = '/proj';

describe('createFilter', () => {
  it.each([
    [{}, '/proj/src/a.js', true],
    [{}, '/elsewhere/b.ts', true],
    [{}, '/proj/node_modules/dep/index.js', false],
    [{}, '/proj/src/data.json', false],
    [{ include: ['src/**'] }, '/proj/src/a.js', true],
    [{ include: ['src/**'] }, '/proj/test/a.js', false],
    [{ exclude: ['**/*.test.js'] }, '/proj/src/a.test.js', false],
    [{ exclude: ['**/*.test.js'] }, '/proj/src/a.js', true],
    [{ include: ['src/**'], exclude: ['src/gen/**'] }, '/proj/src/gen/x.js', false],
    [{ include: ['node_modules/dep/**'] }, '/proj/node_modules/dep/index.js', true],
    [{ include: ['**'] }, '/proj/node_modules/dep/index.js', false],
  ])('%j: %s → %s', (options, file, expected) => {
    expect(createFilter(options, cwd)(file)).toBe(expected);
  });
});

describe('resolveFilterOptions', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jstrace-filter-'));
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ jstrace: { include: ['pkg/**'], exclude: ['pkg/skip/**'] } }));
  fs.mkdirSync(path.join(dir, 'sub'));

  it('takes register() options first, then the environment, then package.json', () => {
    expect(resolveFilterOptions({}, {}, path.join(dir, 'sub'))).toEqual({ include: ['pkg/**'], exclude: ['pkg/skip/**'] });
    expect(resolveFilterOptions({}, { JSTRACE_INCLUDE: 'env/**, more/**' }, dir)).toEqual({ include: ['env/**', 'more/**'], exclude: ['pkg/skip/**'] });
    expect(resolveFilterOptions({ include: ['opt/**'] }, { JSTRACE_INCLUDE: 'env/**' }, dir)).toEqual({ include: ['opt/**'], exclude: ['pkg/skip/**'] });
  });

  it('names a malformed package.json setting', () => {
    const bad = fs.mkdtempSync(path.join(os.tmpdir(), 'jstrace-filter-'));
    fs.writeFileSync(path.join(bad, 'package.json'), JSON.stringify({ jstrace: { include: 'src/**' } }));
    expect(() => resolveFilterOptions({}, {}, bad)).toThrow(/"jstrace" key of .*package\.json: 'include' must be an array of glob strings/);
  });
});
