export interface FieldError {
  path: string;
  message: string;
}

/** A failed request. `message` is the server's, already in the user's language, when it sent one. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldError[];

  constructor(status: number, code: string, message: string, fields: FieldError[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

/** status 0: the request never got an answer. */
export const NETWORK_ERROR = 0;
