import { useTranslation } from 'react-i18next';
import { ApiError, NETWORK_ERROR } from '../api/errors';
import { fieldsOf, splitFieldErrors } from './fieldErrors';

/** Field messages by field name, for the fields a form shows. */
export function fieldMessages(error: unknown, known: readonly string[]): Record<string, string> {
  return splitFieldErrors(fieldsOf(error), known).byField;
}

/**
 * A form's main error: the server's message (already translated) and any field messages that
 * no shown field took; those that a field took are shown beside it instead.
 */
export function FormProblem({ error, known = [] }: { error: unknown; known?: readonly string[] }) {
  const { t } = useTranslation();
  if (error === null || error === undefined) return null;
  let text: string;
  if (typeof error === 'string') text = error;
  else if (error instanceof ApiError) {
    if (error.status === NETWORK_ERROR) text = t('common.networkError');
    else {
      const main = error.message || t('common.unexpectedError', { status: error.status });
      text = [main, ...splitFieldErrors(error.fields, known).rest].join(' ');
    }
  } else text = t('common.unexpectedError', { status: '—' });
  return <p className="error form-error" role="alert">{text}</p>;
}
