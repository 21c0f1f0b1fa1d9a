import { useState } from 'preact/hooks';
import { readClaims, storedToken } from './api';
import { AttentionView } from './attention-view';
import { InfluenceView } from './influence-view';
import { IntroductionsView } from './introductions-view';
import { NetworkView } from './network-view';
import { ReferralTreeView } from './referral-tree-view';
import { link, Route, useRoute, View } from './route';
import { SignIn } from './sign-in';

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
  const route = useRoute();
  const [token, setToken] = useState(storedToken);
  const staffId = token ? (readClaims(token)?.staffId ?? null) : null;
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
        <SignIn token={token} onChange={setToken} />
      </header>
      <main key={token ?? ''}>{token ? <Content route={route} staffId={staffId} /> : <p class="hint">Sign in with a token to start.</p>}</main>
    </>
  );
}
