/** The one place the loaders turn a file's source into instrumented source. */
import { transform } from '../instrument/transform.js';
import type { TransformOptions } from '../instrument/options.js';

export function instrumentSource(code: string, filename: string, sourceType?: TransformOptions['sourceType']): string {
  return transform(code, filename, sourceType ? { sourceType } : undefined).code;
}
