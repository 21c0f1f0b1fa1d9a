import { generateBank } from '../../../src/demo/generate-bank';
import { PersonStatus } from '../../../src/domain/model';

describe('demo contact history', () => {
  const bank = generateBank({ persons: 2000, seed: 20261123 });
  const personById = new Map(bank.persons.map((p) => [p.id, p]));
  const byPerson = new Map<string, typeof bank.interactions>();
  for (const i of bank.interactions) byPerson.set(i.personId, [...(byPerson.get(i.personId) ?? []), i]);

  it('ends each contacted client history at their lastContactAt, by their manager, with their satisfaction', () => {
    const manager = new Map(bank.managedBy.map((m) => [m.clientId, m.staffId]));
    const contacted = bank.persons.filter((p) => (p.status === PersonStatus.ACTIVE || p.status === PersonStatus.DORMANT) && p.lastContactAt);
    const mismatched = contacted.filter((p) => {
      const history = byPerson.get(p.id) ?? [];
      const last = history[history.length - 1];
      return !last || last.at !== p.lastContactAt || last.satisfaction !== p.satisfaction || history.some((i) => i.staffId !== manager.get(p.id));
    });
    expect(mismatched).toEqual([]);
    expect([...byPerson.keys()].filter((id) => !contacted.includes(personById.get(id)!))).toEqual([]);
  });

  it('keeps at most three per client, in time order, within the client relationship, some satisfaction falling', () => {
    const histories = [...byPerson.values()];
    expect(histories.filter((h) => h.length > 3 || h.some((i, k) => k > 0 && i.at <= h[k - 1].at))).toEqual([]);
    expect(bank.interactions.filter((i) => i.at < personById.get(i.personId)!.createdAt)).toEqual([]);
    const falling = histories.filter((h) => {
      const assessed = h.filter((i) => i.satisfaction !== null);
      return assessed.length >= 2 && assessed[assessed.length - 2].satisfaction! > assessed[assessed.length - 1].satisfaction!;
    });
    expect(falling.length).toBeGreaterThan(10);
    expect(bank.interactions.length).toBeLessThanOrEqual(3 * bank.persons.length);
  });
});
