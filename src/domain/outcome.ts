import { UserErrorCode } from './model';

/** A rule violation, shown to the client in a payload's `userErrors`. */
export interface UserError {
  field: string;
  message: string;
  code: UserErrorCode;
}

/** What a write returns: the changed record, or the rules it broke (and nothing written). */
export type Outcome<T> = { ok: true; value: T } | { ok: false; errors: UserError[] };

export const success = <T>(value: T): Outcome<T> => ({ ok: true, value });

export const failure = <T>(field: string, code: UserErrorCode, message: string): Outcome<T> => ({
  ok: false,
  errors: [{ field, code, message }],
});

export const notFoundError = <T>(field: string, kind: string, id: string): Outcome<T> =>
  failure(field, UserErrorCode.NOT_FOUND, `No ${kind} with id "${id}".`);
