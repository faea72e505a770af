/**
 * Which imports of a TypeScript file are used as values. TypeScript (and Babel's TypeScript
 * transform, which runs after the instrumenter) drops an import that only types refer to; a
 * reference of ours (the module accessor that `f_globals` reads) would keep it, and loading a
 * name that exists only as a type fails. So the accessor names only the imports the program
 * itself uses as values, which TypeScript keeps anyway.
 *
 * The walk is conservative: it skips every TypeScript node except those that hold values (an
 * `as`/`satisfies`/`!` expression, an enum, a namespace, `export =`, `import x = N.y`), and a
 * name counts only where Babel's `isReferenced` says it is read. A use it misses leaves that
 * import out of `f_globals` (as all imports of TypeScript files were before), never in wrongly.
 */
import * as t from './babel-types.js';

/** TypeScript nodes whose children may hold values; every other `TS…` node is types only. */
const TS_VALUE_NODES = new Set([
  'TSAsExpression', 'TSSatisfiesExpression', 'TSNonNullExpression', 'TSTypeAssertion', 'TSInstantiationExpression',
  'TSParameterProperty', 'TSEnumDeclaration', 'TSEnumMember', 'TSModuleDeclaration', 'TSModuleBlock',
  'TSExportAssignment', 'TSImportEqualsDeclaration', 'TSQualifiedName',
]);

/** Children that are only types, on nodes that are not TypeScript's own. */
const TYPE_KEYS = new Set(['typeAnnotation', 'returnType', 'typeParameters', 'superTypeParameters', 'typeArguments', 'implements', 'predicate']);

/**
 * The names among `imported` that `program` reads as values.
 *
 * @example
 * // import { A, B } from './m'; const a: B = A;
 * valueReferences(program, new Set(['A', 'B'])); // Set { 'A' }
 */
export function valueReferences(program: t.Program, imported: ReadonlySet<string>): Set<string> {
  const used = new Set<string>();
  if (imported.size === 0) return used;
  const visit = (node: t.Node, parent: t.Node | null, grandparent: t.Node | null): void => {
    if (node.type.startsWith('TS') && !TS_VALUE_NODES.has(node.type)) return;
    if ((node as { declare?: boolean }).declare === true) return;
    if (node.type === 'ImportDeclaration') return;
    if ((node.type === 'ExportNamedDeclaration' || node.type === 'ExportSpecifier') && node.exportKind === 'type') return;
    if (node.type === 'Identifier' && parent && imported.has(node.name) && t.isReferenced(node, parent, grandparent ?? undefined)) {
      // `import x = N.y`: only the leftmost name of the entity is read.
      if (parent.type !== 'TSQualifiedName' || parent.left === node) used.add(node.name);
    }
    const record = node as unknown as Record<string, unknown>;
    for (const key of t.VISITOR_KEYS[node.type] ?? []) {
      if (TYPE_KEYS.has(key)) continue;
      const child = record[key];
      if (Array.isArray(child)) {
        for (const c of child) if (c && typeof (c as t.Node).type === 'string') visit(c as t.Node, node, parent);
      } else if (child && typeof (child as t.Node).type === 'string') {
        visit(child as t.Node, node, parent);
      }
    }
  };
  visit(program, null, null);
  return used;
}
