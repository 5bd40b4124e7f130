import { ApiError, NETWORK_ERROR, type FieldError } from './errors';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

interface ClientState {
  csrfToken: string | null;
  language: () => string;
  fetch: typeof fetch;
}

const state: ClientState = {
  csrfToken: null,
  language: () => document.documentElement.lang || 'ar',
  fetch: (...args) => fetch(...args),
};

/** Writes need the token that came with the session; it is kept here, never in storage. */
export function setCsrfToken(token: string | null): void {
  state.csrfToken = token;
}

/** Lets tests replace the language source and fetch. */
export function configureClient(options: Partial<Omit<ClientState, 'csrfToken'>>): void {
  Object.assign(state, options);
}

async function readError(response: Response): Promise<ApiError> {
  let body: { error?: unknown; message?: unknown; fields?: unknown } = {};
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy page, an empty body): keep the status only.
  }
  const fields = Array.isArray(body.fields) ? (body.fields as FieldError[]) : [];
  return new ApiError(
    response.status,
    typeof body.error === 'string' ? body.error : 'http',
    typeof body.message === 'string' ? body.message : '',
    fields,
  );
}

export async function request<T>(method: Method, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const headers: Record<string, string> = { 'Accept': 'application/json', 'Accept-Language': state.language() };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && state.csrfToken) headers['x-csrf-token'] = state.csrfToken;
  let response: Response;
  try {
    response = await state.fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(NETWORK_ERROR, 'network', '');
  }
  if (!response.ok) throw await readError(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) => request<T>('GET', path, undefined, signal),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, body),
};
