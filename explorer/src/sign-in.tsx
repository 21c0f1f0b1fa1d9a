import { useState } from 'preact/hooks';
import { storeToken } from './api';
import type { Me } from './queries';
import { ErrorMessage } from './status';
import type { QueryState } from './use-query';

/**
 * Paste a token (kept in sessionStorage, so it goes with the tab); once
 * signed in, who you are as the server sees it. A refused token says so.
 */
export function SignIn({ token, me, onChange }: { token: string | null; me: QueryState<Me>; onChange(token: string | null): void }) {
  const [text, setText] = useState('');
  const { data, error } = me;

  if (!token) {
    return (
      <form
        class="sign-in"
        onSubmit={(event) => {
          event.preventDefault();
          const pasted = text.trim();
          if (!pasted) return;
          storeToken(pasted);
          onChange(pasted);
        }}
      >
        <input name="token" aria-label="Token" placeholder="Paste a token (npm run token)" value={text} onInput={(e) => setText(e.currentTarget.value)} />
        <button type="submit">Sign in</button>
      </form>
    );
  }
  const signOut = () => {
    storeToken(null);
    setText('');
    onChange(null);
  };
  return (
    <div class="sign-in" data-testid="viewer">
      {error ? (
        <ErrorMessage error={error} />
      ) : (
        <span>
          Signed in as <strong>{data?.viewer.staff?.name ?? data?.viewer.staffId ?? '…'}</strong> ·{' '}
          <span data-testid="role">{data?.viewer.role ?? '…'}</span>
          {data?.viewer.branch ? ` · ${data.viewer.branch.name}` : ''}
        </span>
      )}{' '}
      <button type="button" onClick={signOut}>
        Sign out
      </button>
    </div>
  );
}
