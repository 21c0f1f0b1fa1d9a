import { useState } from 'preact/hooks';
import { storedToken } from './api';
import { AttentionView } from './attention-view';
import { InfluenceView } from './influence-view';
import { IntroductionsView } from './introductions-view';
import { NetworkView } from './network-view';
import { ReferralTreeView } from './referral-tree-view';
import { link, Route, useRoute, View } from './route';
import { ME, Me } from './queries';
import { SignIn } from './sign-in';
import { useQuery } from './use-query';

const tabs: [View, string][] = [
  ['network', 'Network'],
  ['referrals', 'Referral tree'],
  ['introductions', 'Introductions'],
  ['influence', 'Influence centres'],
  ['attention', 'Attention list'],
];

function Content({ route, staffId }: { route: Route; staffId: string | null }) {
  switch (route.view) {
    case 'network':
      return <NetworkView id={route.id} />;
    case 'referrals':
      return <ReferralTreeView id={route.id} maxDepth={route.maxDepth} />;
    case 'introductions':
      return <IntroductionsView route={route} />;
    case 'influence':
      return <InfluenceView metric={route.metric} branchId={route.branchId} />;
    case 'attention':
      return <AttentionView staffId={route.staffId ?? staffId ?? undefined} />;
    default: {
      const never: never = route.view;
      return never;
    }
  }
}

export function App() {
  const [token, setToken] = useState(storedToken);
  // Keyed by the token: signing in as someone else starts the session afresh.
  return <Session key={token ?? ''} token={token} onTokenChange={setToken} />;
}

/** One signed-in session: who the server says the token names, and the views. */
function Session({ token, onTokenChange }: { token: string | null; onTokenChange(token: string | null): void }) {
  const route = useRoute();
  const me = useQuery<Me>(ME, token ? {} : null);
  const staffId = me.data?.viewer.staffId ?? null;
  return (
    <>
      <header>
        <h1>Relationship explorer</h1>
        <nav aria-label="Views">
          {tabs.map(([view, name]) => (
            <a key={view} href={`?view=${view}`} aria-current={route.view === view ? 'page' : undefined} onClick={link({ view })}>
              {name}
            </a>
          ))}
        </nav>
        <SignIn token={token} me={me} onChange={onTokenChange} />
      </header>
      <main>{!token ? <p class="hint">Sign in with a token to start.</p> : me.loading ? null : <Content route={route} staffId={staffId} />}</main>
    </>
  );
}
