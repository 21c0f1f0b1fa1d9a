/**
 * The page's only door to the server: POST /graphql with the signed-in
 * token. A 401 (or an UNAUTHENTICATED error) becomes an ApiError the page
 * shows as "sign in again"; other GraphQL errors keep their message.
 */
const TOKEN_KEY = 'explorer.token';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }

  get unauthenticated(): boolean {
    return this.code === 'UNAUTHENTICATED';
  }
}

export function storedToken(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function storeToken(token: string | null): void {
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const token = storedToken();
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(new URL('/graphql', location.origin), {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json().catch(() => ({}))) as GraphQLBody<T>;
  const error = body.errors?.[0];
  if (response.status === 401 || error?.extensions?.code === 'UNAUTHENTICATED') {
    throw new ApiError(error?.message ?? 'The server did not accept the token.', 'UNAUTHENTICATED');
  }
  if (error) throw new ApiError(error.message, error.extensions?.code ?? 'ERROR');
  if (!response.ok || !body.data) throw new ApiError(`The server answered ${response.status}.`, 'HTTP');
  return body.data;
}
