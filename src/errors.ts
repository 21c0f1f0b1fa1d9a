import { GraphQLError, GraphQLFormattedError } from 'graphql';

/** The error codes a client may see in `extensions.code` (docs/rules.md#errors). */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
  /** The query's estimated cost is above QUERY_MAX_COST, or it expands to more than 10,000 fields. */
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /** Selections nest deeper than QUERY_MAX_DEPTH. */
  QUERY_TOO_DEEP = 'QUERY_TOO_DEEP',
  /** More than 30 aliased fields in one selection, whichever fields they are. */
  TOO_MANY_ALIASES = 'TOO_MANY_ALIASES',
  /** More requests this minute than RATE_LIMIT_PER_MINUTE; the Retry-After header says when to retry. */
  RATE_LIMITED = 'RATE_LIMITED',
  /** Apollo's own codes, kept as Apollo emits them so standard clients recognise them. The document is not GraphQL. */
  GRAPHQL_PARSE_FAILED = 'GRAPHQL_PARSE_FAILED',
  /** The document does not fit the schema (an unknown field, introspection switched off). */
  GRAPHQL_VALIDATION_FAILED = 'GRAPHQL_VALIDATION_FAILED',
  /** An automatic persisted query sent by hash alone that this viewer has not registered: resend it with the query text. */
  PERSISTED_QUERY_NOT_FOUND = 'PERSISTED_QUERY_NOT_FOUND',
  /** A persisted query sent to a server with them switched off. */
  PERSISTED_QUERY_NOT_SUPPORTED = 'PERSISTED_QUERY_NOT_SUPPORTED',
}

/** An error meant for the client: its message and code are shown as they are. */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, field?: string) {
    super(message, { extensions: field ? { code, field } : { code } });
  }
}

export function badInput(field: string, message: string): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, `${field}: ${message}`, field);
}

export function forbidden(message: string): AppError {
  return new AppError(ErrorCode.FORBIDDEN, message);
}

export function unauthenticated(message: string): AppError {
  return new AppError(ErrorCode.UNAUTHENTICATED, message);
}

/** Other codes Apollo gives to malformed requests; all are the client's fault. */
const clientFaultCodes = new Set(['BAD_USER_INPUT', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE']);

const knownCodes = new Set<string>(Object.values(ErrorCode));

/**
 * Shapes every error before it leaves the server: known codes keep their
 * message (Apollo's parse, validation and persisted-query codes among them),
 * other request-shape errors become BAD_USER_INPUT, and anything else is
 * INTERNAL_SERVER_ERROR with a generic message. No stack trace ever leaves.
 */
export function formatError(formatted: GraphQLFormattedError, original: unknown): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? '');
  const { stacktrace: _stack, exception: _exception, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
  if (knownCodes.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    return { ...formatted, extensions };
  }
  if (clientFaultCodes.has(code) || isInputValidationError(original)) {
    return { ...formatted, extensions: { ...extensions, code: ErrorCode.BAD_USER_INPUT } };
  }
  return {
    message: 'Internal server error: the request could not be completed.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/** Variable coercion and scalar parsing errors come without a code from graphql-js. */
function isInputValidationError(original: unknown): boolean {
  const error = original instanceof GraphQLError ? original : undefined;
  if (!error) return false;
  const inner = error.originalError;
  return !inner || inner instanceof GraphQLError;
}
