import type { MessageKey } from '../i18n/messages.js';

/** An error meant for the client: a status, a translatable message and optional field details. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly key: MessageKey,
    readonly fields?: Array<{ path: string; message: string }>,
  ) {
    super(key);
  }
}

export const unauthorized = () => new AppError(401, 'unauthorized');
export const forbidden = () => new AppError(403, 'forbidden');
export const notFound = () => new AppError(404, 'notFound');
export const conflict = () => new AppError(409, 'conflict');
