import type { FieldError } from '../api/errors';
import { ApiError } from '../api/errors';

export interface SplitErrors {
  /** Messages by form field name (e.g. "fullName", "name.ar"), for the fields the form shows. */
  byField: Record<string, string>;
  /** Messages that belong to no shown field; they go with the form's main message. */
  rest: string[];
}

/** Matches validation errors to form fields: a path "body.<field>" belongs to <field>. */
export function splitFieldErrors(fields: readonly FieldError[], known: readonly string[]): SplitErrors {
  const byField: Record<string, string> = {};
  const rest: string[] = [];
  for (const field of fields) {
    const name = field.path.startsWith('body.') ? field.path.slice('body.'.length) : null;
    if (name !== null && known.includes(name)) {
      // Several problems with one field: keep them all, in order.
      byField[name] = byField[name] ? `${byField[name]} ${field.message}` : field.message;
    } else if (field.message) {
      rest.push(field.message);
    }
  }
  return { byField, rest };
}

/** The field messages of an error, if it is an API error with some. */
export function fieldsOf(error: unknown): readonly FieldError[] {
  return error instanceof ApiError ? error.fields : [];
}
