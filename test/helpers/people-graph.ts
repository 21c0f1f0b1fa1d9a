import { AcquaintanceKind, FamilyKind, PersonStatus } from '../../src/domain/model';
import { Neighbourhood, PathPerson, Tie } from '../../src/domain/people-neighbourhood';
import type { PersonRecord } from '../../src/domain/records';
import { RawTie, TieKind, tieStrength } from '../../src/domain/tie-strength';

/**
 * Small hand-made people graphs for the pure path functions: persons with
 * only the fields that matter set, and ties made with the real strengths of
 * src/domain/tie-strength.ts.
 */
export function person(id: string, name: string, changes: Partial<PersonRecord> = {}): PersonRecord {
  return {
    id,
    name,
    status: PersonStatus.ACTIVE,
    tier: null,
    prospectGrade: null,
    aum: '0.00',
    riskProfile: null,
    satisfaction: null,
    gender: null,
    birthDate: null,
    phone: null,
    email: null,
    address: null,
    occupation: null,
    lastContactAt: null,
    introductionsOptOut: false,
    createdAt: new Date('2026-01-01T00:00:00Z'),
    updatedAt: new Date('2026-01-01T00:00:00Z'),
    ...changes,
  };
}

function tie(raw: RawTie, extra: Partial<Tie['tie']> = {}, organizationName: string | null = null): Tie {
  return {
    tie: { ...raw, organizationId: null, introduced: null, ...extra },
    strength: tieStrength(raw),
    organizationName,
  };
}

/** `to` is `from`'s `kind`, e.g. family(SPOUSE). */
export const family = (kind: FamilyKind): Tie => tie({ tie: TieKind.FAMILY, kind, strength: null, keyPerson: null });
export const knows = (kind: AcquaintanceKind, strength: number): Tie =>
  tie({ tie: TieKind.ACQUAINTANCE, kind, strength, keyPerson: null });
export const household = (): Tie => tie({ tie: TieKind.HOUSEHOLD, kind: null, strength: null, keyPerson: null });
export const colleague = (organization: string, keyPerson: boolean): Tie =>
  tie({ tie: TieKind.COLLEAGUE, kind: null, strength: null, keyPerson }, { organizationId: organization }, organization);
/** `from` brought `to` to the bank. */
export const introduced = (): Tie => tie({ tie: TieKind.REFERRAL, kind: null, strength: null, keyPerson: null }, { introduced: true });

/** A person as a search reads them (cypher/queries/people-ties-by-person-ids.cypher). */
export function summary(record: PersonRecord, referralsBrought = 0): PathPerson {
  const { id, status, introductionsOptOut, satisfaction, lastContactAt, aum } = record;
  const client = status === PersonStatus.ACTIVE ? { satisfaction, lastContactAt, aum, referralsBrought } : null;
  return { id, status, introductionsOptOut, client };
}

/**
 * A neighbourhood in which every person is expanded, from `[fromId, toId, tie]`
 * (the tie seen from `fromId`), and the persons' records by id.
 */
export function graphOf(persons: readonly PersonRecord[], ties: readonly (readonly [string, string, Tie])[]) {
  const graph = new Neighbourhood();
  const records = new Map(persons.map((p) => [p.id, p]));
  for (const p of persons) graph.addPerson(summary(p));
  graph.addExpansion(
    persons.map((p) => p.id),
    ties.map(([fromId, toId, t]) => ({ fromId, to: summary(records.get(toId)!), tie: t })),
  );
  return { graph, records };
}

/*
 * A leaving client's neighbourhood, for the churn and knock-on tests:
 * 王军 L —spouse— 刘芳 S (prospect) —sibling— 李强 C1 —friend 0.5— 赵敏 C3 —friend 1.0— 钱多 C4;
 * L —friend 0.3— C1;  L —household— 周杰 C2;  L —friend 0.9— 孙丽 D (DORMANT).
 */
export const leavingClientNeighbourhood = {
  records: [
    person('L', '王军', { aum: '5000000.00' }),
    person('S', '刘芳', { status: PersonStatus.PROSPECT }),
    person('C1', '李强', { aum: '123456.78' }),
    person('C2', '周杰', { aum: '1000000.00' }),
    person('D', '孙丽', { status: PersonStatus.DORMANT, aum: '500000.00' }),
    person('C3', '赵敏', { aum: '800000.00' }),
    person('C4', '钱多', { aum: '100.00' }),
  ],
  ties: [
    ['L', 'S', family(FamilyKind.SPOUSE)],
    ['S', 'C1', family(FamilyKind.SIBLING)],
    ['L', 'C1', knows(AcquaintanceKind.FRIEND, 0.3)],
    ['L', 'C2', household()],
    ['L', 'D', knows(AcquaintanceKind.FRIEND, 0.9)],
    ['C1', 'C3', knows(AcquaintanceKind.FRIEND, 0.5)],
    ['C3', 'C4', knows(AcquaintanceKind.FRIEND, 1)],
  ] as [string, string, Tie][],
};
