import type { ApiError } from './api';
import { maskedColour, statusColour } from './people';

/** What went wrong, in words; a rejected or missing token says how to fix it. */
export function ErrorMessage({ error }: { error: ApiError | null }) {
  if (!error) return null;
  if (error.unauthenticated) {
    return (
      <p class="error" role="alert" data-testid="error">
        Not signed in, or the token was refused: {error.message} Paste a valid token above (get one with{' '}
        <code>npm run token -- --staff &lt;id&gt; --role &lt;ROLE&gt;</code>).
      </p>
    );
  }
  return (
    <p class="error" role="alert" data-testid="error">
      {error.message}
    </p>
  );
}

export function Loading({ when }: { when: boolean }) {
  return when ? <p class="loading">Loading…</p> : null;
}

/** The colour key shown beside a drawing. */
export function Legend() {
  return (
    <p class="legend" aria-label="Colour key">
      {Object.entries(statusColour).map(([status, colour]) => (
        <span key={status}>
          <span class="swatch" style={{ background: colour }} /> {status.toLowerCase()}
        </span>
      ))}
      <span>
        <span class="swatch" style={{ background: maskedColour }} /> masked
      </span>
    </p>
  );
}
