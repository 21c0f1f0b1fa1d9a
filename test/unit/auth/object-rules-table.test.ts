import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mutationRules, ProtectedObject, WriteAct } from '../../../src/auth/operation-rules';

const objects: ProtectedObject[] = [
  'person', 'household', 'organization', 'product', 'branch', 'staff', 'referral', 'holding', 'interaction', 'tie', 'insight scores',
];
const acts: WriteAct[] = ['create', 'change', 'join', 'end'];

/** The README's table of who may write what, as the Mutation rules state it. */
function objectRulesTable(): string {
  const entries = Object.entries(mutationRules);
  const rows = objects.map((object) => {
    const cells = acts.map((act) => {
      const rules = entries.filter(([, entry]) => entry.protects === object && entry.rule[act]).map(([name, entry]) => `\`${name}\`: ${entry.rule[act]}`);
      return rules.length > 0 ? rules.join('<br>') : '—';
    });
    return `| ${object} | ${cells.join(' | ')} |`;
  });
  return ['| Object | Create | Change | Join / move | End / remove |', '|---|---|---|---|---|', ...rows].join('\n');
}

it('README states the write rules exactly as src/auth/operation-rules.ts does', () => {
  expect(new Set(Object.values(mutationRules).map((entry) => entry.protects))).toEqual(new Set(objects));
  const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8');
  // On failure jest shows the table as it should be, to paste into README's "Roles, tokens and privacy".
  expect(readme).toContain(objectRulesTable());
});
