/**
 * A lookup table without a prototype. Plain object literals inherit "constructor", "toString",
 * "valueOf"… so a name part spelled like one of them would find a function instead of nothing.
 */
export function dictionary<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
