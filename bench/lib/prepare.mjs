// Instruments every workload once per bench run into a temp directory, one folder per variant.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WORKLOAD_DIR } from './config.mjs';
import { istanbulTransform, jstraceTransform } from './instrumenters.mjs';

function variantTransforms(jstrace) {
  return {
    'jstrace-default': jstrace && ((code, file) => jstraceTransform(jstrace, code, file, 'default').code),
    'jstrace-always': jstrace && ((code, file) => jstraceTransform(jstrace, code, file, 'always').code),
    'jstrace-counters': jstrace && ((code, file) => jstraceTransform(jstrace, code, file, 'default', 'counters').code),
    istanbul: (code, file) => istanbulTransform(code, file).code,
  };
}

function writeVariant(dir, variant, workloads, transform) {
  const files = {};
  mkdirSync(join(dir, variant));
  for (const name of workloads) {
    const source = join(WORKLOAD_DIR, `${name}.js`);
    try {
      const code = transform(readFileSync(source, 'utf8'), source);
      const target = join(dir, variant, `${name}.js`);
      writeFileSync(target, code);
      files[name] = { file: target };
    } catch (err) {
      files[name] = { error: `${variant} transform failed: ${err.message.split('\n')[0]}` };
    }
  }
  return files;
}

/**
 * Returns { dir, files: { [variant]: { [workload]: { file } | { error } } }, cleanup }.
 * The temp dir carries a package.json of type commonjs, so the copies load as the originals do.
 */
export function prepareVariants({ workloads, variants, jstrace }) {
  const dir = mkdtempSync(join(tmpdir(), 'jstrace-bench-'));
  writeFileSync(join(dir, 'package.json'), '{ "type": "commonjs" }\n');
  const transforms = variantTransforms(jstrace);
  const files = {};
  for (const variant of variants) {
    if (variant === 'original') {
      files.original = Object.fromEntries(
        workloads.map((name) => [name, { file: join(WORKLOAD_DIR, `${name}.js`) }]));
    } else if (!transforms[variant]) {
      const error = 'jstrace dist not built';
      files[variant] = Object.fromEntries(workloads.map((name) => [name, { error }]));
    } else {
      files[variant] = writeVariant(dir, variant, workloads, transforms[variant]);
    }
  }
  return { dir, files, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
