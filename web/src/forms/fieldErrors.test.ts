import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors';
import { fieldsOf, splitFieldErrors } from './fieldErrors';

describe('splitFieldErrors', () => {
  it('puts a body.<field> message beside that field and keeps the others apart', () => {
    const split = splitFieldErrors(
      [
        { path: 'body.email', message: 'Adresse invalide' },
        { path: 'body.name.ar', message: 'Trop court' },
        { path: 'params.code', message: 'Code inconnu' },
        { path: 'body.unknown', message: 'Champ inattendu' },
      ],
      ['email', 'name.ar', 'phone'],
    );
    expect(split.byField).toEqual({ email: 'Adresse invalide', 'name.ar': 'Trop court' });
    expect(split.rest).toEqual(['Code inconnu', 'Champ inattendu']);
  });

  it('joins several messages for one field and ignores empty ones elsewhere', () => {
    const split = splitFieldErrors(
      [
        { path: 'body.phone', message: 'Too short' },
        { path: 'body.phone', message: 'Digits only' },
        { path: 'query.x', message: '' },
      ],
      ['phone'],
    );
    expect(split).toEqual({ byField: { phone: 'Too short Digits only' }, rest: [] });
  });

  it('does not take a field whose name merely starts the same', () => {
    expect(splitFieldErrors([{ path: 'body.emailAddress', message: 'x' }], ['email']).byField).toEqual({});
  });
});

describe('fieldsOf', () => {
  it('reads the fields of an API error only', () => {
    expect(fieldsOf(new ApiError(400, 'validation', 'm', [{ path: 'body.a', message: 'b' }]))).toHaveLength(1);
    expect(fieldsOf(new Error('x'))).toEqual([]);
    expect(fieldsOf(null)).toEqual([]);
  });
});
