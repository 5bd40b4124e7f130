import type { NameForm, NameKind } from '../designation.js';
import { clean, detectScript } from './script.js';

/** Collects name forms in order, dropping blanks and exact repeats of text and kind. */
export class NameList {
  readonly forms: NameForm[] = [];
  private readonly seen = new Set<string>();
  /** How many non-blank forms were dropped as repeats. */
  repeats = 0;

  add(text: string | undefined, kind: NameKind): void {
    const value = clean(text);
    if (!value) return;
    const key = `${kind}\u0000${value}`;
    if (this.seen.has(key)) {
      this.repeats++;
      return;
    }
    this.seen.add(key);
    this.forms.push({ text: value, kind, script: detectScript(value) });
  }
}

/** Adds a value to a list unless blank or already there. */
export function pushUnique(list: string[], value: string | undefined): void {
  const v = clean(value);
  if (v && !list.includes(v)) list.push(v);
}
