import { useEffect, useState } from 'preact/hooks';
import { ApiError, graphql } from './api';

export interface QueryState<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
}

/**
 * Runs one GraphQL document whenever its variables change (null: not yet);
 * an answer that arrives after the variables moved on is dropped.
 */
export function useQuery<T>(query: string, variables: Record<string, unknown> | null): QueryState<T> {
  const [state, setState] = useState<QueryState<T>>({ data: null, error: null, loading: variables !== null });
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (variables === null) return;
    let current = true;
    setState((previous) => ({ ...previous, loading: true, error: null }));
    graphql<T>(query, variables).then(
      (data) => current && setState({ data, error: null, loading: false }),
      (error: unknown) => current && setState({ data: null, error: asApiError(error), loading: false }),
    );
    return () => {
      current = false;
    };
  }, [query, key]);
  return state;
}

export function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(error instanceof Error ? error.message : String(error), 'NETWORK');
}
