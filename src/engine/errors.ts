// Errors are values: a stable code for the view to translate, English text for logs and tests,
// and the parameters a translation needs.

export type ErrorParams = Record<string, string | number>;

export interface SimError {
  code: string;
  message: string;
  params?: ErrorParams;
}

export function simError(code: string, message: string, params?: ErrorParams): SimError {
  return params === undefined ? { code, message } : { code, message, params };
}
