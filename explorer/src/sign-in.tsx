import { useState } from 'preact/hooks';
import { readClaims, storeToken } from './api';
import { Me, ME } from './queries';
import { ErrorMessage } from './status';
import { useQuery } from './use-query';

/**
 * Paste a token (kept in sessionStorage, so it goes with the tab); once
 * signed in, who you are as the server sees it. A refused token says so.
 */
export function SignIn({ token, onChange }: { token: string | null; onChange(token: string | null): void }) {
  const [text, setText] = useState('');
  const claims = token ? readClaims(token) : null;
  const { data, error } = useQuery<Me>(ME, token && claims?.staffId ? { id: claims.staffId } : null);

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
          Signed in as <strong>{data?.staff?.name ?? claims?.staffId ?? 'unknown'}</strong> ·{' '}
          <span data-testid="role">{claims?.role ?? data?.staff?.role ?? 'no role'}</span>
          {data?.staff?.branch ? ` · ${data.staff.branch.name}` : ''}
        </span>
      )}{' '}
      <button type="button" onClick={signOut}>
        Sign out
      </button>
    </div>
  );
}
