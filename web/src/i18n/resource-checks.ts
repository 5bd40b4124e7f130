// Shared by the translation tests of each namespace: flatten resources, find the keys the
// sources use, so every namespace is checked the same way.
import fs from 'node:fs';
import path from 'node:path';

export type Tree = { [key: string]: string | Tree };

/** Every leaf as "a.b.c" → value. */
export function flatten(tree: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') for (const [k, v] of flatten(value, name)) out.set(k, v);
    else out.set(name, value);
  }
  return out;
}

/** Each language flattened, and the union of their keys. */
export function flattenLanguages(resources: Record<string, unknown>) {
  const flat: Record<string, Map<string, unknown>> = Object.fromEntries(
    Object.entries(resources).map(([lang, tree]) => [lang, flatten(tree as Tree)]),
  );
  const allKeys = new Set(Object.values(flat).flatMap((map) => [...map.keys()]));
  return { flat, allKeys };
}

export const variables = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

/** Keys whose {{variables}} differ between languages. */
export function keysWithDifferingVariables(flat: Record<string, Map<string, unknown>>, allKeys: Set<string>): string[] {
  return [...allKeys].filter((key) => {
    const sets = Object.values(flat).map((map) => JSON.stringify(variables(String(map.get(key) ?? ''))));
    return new Set(sets).size > 1;
  });
}

/** Source files under dir, tests excluded. */
export function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Key → file of every literal key passed to a translate call matched by `call` (a regex with one group). */
export function usedKeys(root: string, call: RegExp, keep: (key: string) => boolean = () => true): Map<string, string> {
  const used = new Map<string, string>();
  for (const file of sourceFiles(root)) {
    const text = fs.readFileSync(file, 'utf8');
    for (const match of text.matchAll(call)) if (keep(match[1])) used.set(match[1], path.relative(root, file));
  }
  return used;
}
