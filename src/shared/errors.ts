import { ERROR_MESSAGES } from './i18n/errors';

/** The sentences live in the catalogue; refusals and their callers reach them from here. */
export { ERROR_MESSAGES };

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export interface FieldError {
  path: string;
  message: string;
}

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
  fields?: FieldError[];
}

/** An expected refusal: carried to the UI as-is, never logged as a crash. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields?: FieldError[];

  constructor(code: ErrorCode, message: string = ERROR_MESSAGES[code], fields?: FieldError[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    if (fields) this.fields = fields;
  }

  toShape(): AppErrorShape {
    return { code: this.code, message: this.message, ...(this.fields ? { fields: this.fields } : {}) };
  }
}
