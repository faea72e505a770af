/**
 * Which files the loaders instrument (SPEC §5). By default every JavaScript or TypeScript file
 * outside `node_modules`, wherever it lies. `include` / `exclude` globs (relative to the current
 * directory, picomatch syntax) narrow it; a file under `node_modules` is instrumented only when
 * an `include` glob names `node_modules` explicitly. jstrace's own files never are.
 *
 * Settings come from, highest first: `register(options)`, the environment (`JSTRACE_INCLUDE`,
 * `JSTRACE_EXCLUDE`: comma-separated globs), the `"jstrace"` key of the package.json nearest
 * to the current directory, then the defaults.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import picomatch from 'picomatch';

/** jstrace's own files (its build) are never instrumented. */
const OWN_DIR = path.dirname(fileURLToPath(import.meta.url)) + path.sep;
const SOURCE = /\.(?:[cm]?[jt]s|[jt]sx)$/;

export interface FilterOptions {
  /** Globs of files to instrument (default: all). */
  include?: string[];
  /** Globs of files never to instrument. */
  exclude?: string[];
}

const splitList = (v: string | undefined): string[] | undefined =>
  v === undefined || v.trim() === '' ? undefined : v.split(',').map((s) => s.trim()).filter(Boolean);

function fromPackageJson(cwd: string): FilterOptions {
  for (let dir = cwd; ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) {
      try {
        const cfg = JSON.parse(fs.readFileSync(file, 'utf8')).jstrace;
        return cfg && typeof cfg === 'object' ? checked(cfg, `the "jstrace" key of ${file}`) : {};
      } catch (err) {
        if ((err as Error).name === 'TypeError') throw err;
        return {};
      }
    }
    if (path.dirname(dir) === dir) return {};
  }
}

function checked(cfg: Record<string, unknown>, where: string): FilterOptions {
  for (const key of ['include', 'exclude'] as const) {
    const v = cfg[key];
    if (v !== undefined && !(Array.isArray(v) && v.every((g) => typeof g === 'string' && g !== ''))) {
      throw new TypeError(`jstrace: ${where}: '${key}' must be an array of glob strings`);
    }
  }
  return { include: cfg.include as string[] | undefined, exclude: cfg.exclude as string[] | undefined };
}

/** The settings in force, by the precedence above. */
export function resolveFilterOptions(options: FilterOptions = {}, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): FilterOptions {
  const pkg = fromPackageJson(cwd);
  return {
    include: options.include ?? splitList(env.JSTRACE_INCLUDE) ?? pkg.include,
    exclude: options.exclude ?? splitList(env.JSTRACE_EXCLUDE) ?? pkg.exclude,
  };
}

/** A predicate over absolute file names. */
export function createFilter(options: FilterOptions = {}, cwd = process.cwd()): (filename: string) => boolean {
  const rel = (file: string) => path.relative(cwd, file).split(path.sep).join('/');
  const include = options.include?.length ? picomatch(options.include, { dot: true }) : null;
  const exclude = options.exclude?.length ? picomatch(options.exclude, { dot: true }) : null;
  const includeNamesNodeModules = !!options.include?.some((g) => g.includes('node_modules'));
  return (filename) => {
    if (!SOURCE.test(filename) || filename.startsWith(OWN_DIR)) return false;
    const r = rel(filename);
    if (exclude && exclude(r)) return false;
    const inNodeModules = filename.split(path.sep).includes('node_modules');
    if (include) return include(r) && (!inNodeModules || includeNamesNodeModules);
    return !inNodeModules;
  };
}

let active: ((filename: string) => boolean) | null = null;

/** Sets the filter the loaders of this thread use. */
export function setFilter(options: FilterOptions): void {
  active = createFilter(resolveFilterOptions(checked(options as Record<string, unknown>, 'register(options)')));
}

/** Should the loaders instrument this file? */
export function shouldInstrument(filename: string): boolean {
  active ??= createFilter(resolveFilterOptions());
  return active(filename);
}
