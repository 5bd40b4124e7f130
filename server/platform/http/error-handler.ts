import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { translate, type Language } from '../i18n/messages.js';
import { AppError } from './errors.js';

const zodLocales = { ar: z.locales.ar(), en: z.locales.en(), fr: z.locales.fr() };

type LocaleError = (issue: unknown) => string | { message: string } | undefined | null;

/** Re-words one validation issue in the caller's language with zod's own translations. */
function localiseIssue(issue: { keyword: string; message: string; params: Record<string, unknown> }, language: Language) {
  // A pattern means nothing to a person; say the value is not in the expected form instead.
  if (issue.keyword === 'invalid_format' && issue.params.format === 'regex') return translate('invalidFormat', language);
  const localeError = zodLocales[language].localeError as unknown as LocaleError;
  const result = localeError({ ...issue.params, code: issue.keyword });
  const message = typeof result === 'string' ? result : result?.message;
  return message ?? issue.message;
}

/** One place turns every failure into a client answer: translated, with field names, never a stack trace. */
export function registerErrorHandler(app: FastifyInstance, options: { singlePageApp?: boolean } = {}): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const language = request.language ?? 'ar';
    if (error instanceof AppError) {
      return reply.status(error.status).send({
        error: error.key,
        message: translate(error.key, language),
        ...(error.fields ? { fields: error.fields } : {}),
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = error.validation.map((issue) => ({
        path: [error.validationContext, ...issue.instancePath.split('/').filter(Boolean)].filter(Boolean).join('.'),
        message: localiseIssue(issue as never, language),
      }));
      return reply.status(400).send({ error: 'validation', message: translate('validation', language), fields });
    }
    if (error.statusCode === 429) {
      return reply.status(429).send({ error: 'tooManyRequests', message: translate('tooManyRequests', language) });
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      // Malformed JSON, unsupported media type and the like: safe to name, no internals.
      return reply.status(error.statusCode).send({ error: 'validation', message: translate('validation', language), detail: error.message });
    }
    request.log.error({ err: error }, 'request failed');
    return reply.status(500).send({ error: 'internal', message: translate('internal', language), requestId: request.id });
  });

  // The single-page app handles its own paths; unknown /api paths stay JSON 404s.
  app.setNotFoundHandler((request, reply) => {
    if (options.singlePageApp && request.method === 'GET' && !request.url.startsWith('/api/') && !/\.\w+$/.test(request.url.split('?')[0])) {
      return reply.type('text/html').sendFile('index.html');
    }
    return reply.status(404).send({ error: 'notFound', message: translate('notFound', request.language ?? 'ar') });
  });
}
