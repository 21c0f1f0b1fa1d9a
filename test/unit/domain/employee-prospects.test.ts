import { rankEmployeeProspects } from '../../../src/domain/employee-prospects';
import { PersonStatus } from '../../../src/domain/model';
import type { PersonTie } from '../../../src/domain/neighbour-ties';
import type { OrganizationRecord, PersonRecord } from '../../../src/domain/records';
import { TieKind } from '../../../src/domain/tie-strength';

const day = new Date('2024-01-01T00:00:00Z');
const prospect = (id: string, name: string): PersonRecord => ({
  id, name, status: PersonStatus.PROSPECT, tier: null, prospectGrade: null, aum: '0.00', riskProfile: null, satisfaction: null,
  gender: null, birthDate: null, phone: null, email: null, address: null, occupation: null, lastContactAt: null,
  introductionsOptOut: false, createdAt: day, updatedAt: day,
});
const tie = (kind: TieKind, fields: Partial<PersonTie> = {}): PersonTie => ({
  tie: kind, kind: null, strength: null, keyPerson: null, organizationId: null, introduced: null, ...fields,
});
const org: OrganizationRecord = { id: 'o1', name: '华东制造', industry: null, employeeCount: 900, registeredCapital: null, isClient: true };

describe('rankEmployeeProspects', () => {
  it('sums the strongest tie to each ACTIVE client, counting colleagues by the COLLEAGUE rule of a large firm', () => {
    // 60 employees in the graph (> 50): a clerk's colleagues are the key persons only.
    // Clients: 王总 (key person), 王芳 and 李强 (clerks).
    const [newcomer, clerk, keyProspect, sister] = [
      prospect('p1', '刘洋'), prospect('p2', '陈静'), prospect('p3', '孙丽'), prospect('p4', '赵敏'),
    ];
    const result = rankEmployeeProspects(
      {
        organization: org,
        employeesInGraph: 60,
        activeEmployees: [
          { id: 'c1', name: '王总', keyPerson: true },
          { id: 'c2', name: '王芳', keyPerson: false },
          { id: 'c3', name: '李强', keyPerson: false },
        ],
        candidates: [
          // a key person: colleague of all three clients at 0.5 = 1.5
          { person: keyProspect, keyPerson: true, clientTies: [] },
          // sibling of 王芳 (0.8, beats colleague) + colleague of 王总 (0.5) = 1.3
          { person: sister, keyPerson: false, clientTies: [{ clientId: 'c2', clientName: '王芳', tie: tie(TieKind.FAMILY, { kind: 'SIBLING' }) }] },
          // a clerk: colleague of 王总 only (0.5), and friend of 李强 at 0.3 = 0.8
          { person: clerk, keyPerson: false, clientTies: [{ clientId: 'c3', clientName: '李强', tie: tie(TieKind.ACQUAINTANCE, { kind: 'FRIEND', strength: 0.3 }) }] },
          // a clerk tied to no one but key person 王总: 0.5, below the first three
          { person: newcomer, keyPerson: false, clientTies: [] },
        ],
      },
      3,
    );
    expect(result).toEqual([
      {
        person: keyProspect, keyPerson: true, score: 1.5, activeClientTies: 3,
        explanation: [{ name: 'tie:COLLEAGUE', value: 1.5, explanation: '3 colleagues at 华东制造 are clients' }],
      },
      {
        person: sister, keyPerson: false, score: 1.3, activeClientTies: 2,
        explanation: [
          { name: 'tie:SIBLING', value: 0.8, explanation: 'sibling 王芳 is a client' },
          { name: 'tie:COLLEAGUE', value: 0.5, explanation: 'colleague 王总 at 华东制造 is a client' },
        ],
      },
      {
        person: clerk, keyPerson: false, score: 0.8, activeClientTies: 2,
        explanation: [
          { name: 'tie:COLLEAGUE', value: 0.5, explanation: 'colleague 王总 at 华东制造 is a client' },
          { name: 'tie:FRIEND', value: 0.3, explanation: 'friend 李强 is a client' },
        ],
      },
    ]);
  });

  it('puts key persons first on equal scores, then ids, and keeps prospects with no ties', () => {
    // A small firm (3 in the graph): everyone is everyone's colleague, peers at 0.35.
    const [a, b, c] = [prospect('a', '甲'), prospect('b', '乙'), prospect('c', '丙')];
    const ranked = rankEmployeeProspects(
      {
        organization: org,
        employeesInGraph: 3,
        activeEmployees: [],
        candidates: [
          { person: b, keyPerson: false, clientTies: [] },
          { person: c, keyPerson: true, clientTies: [] },
          { person: a, keyPerson: false, clientTies: [] },
        ],
      },
      10,
    );
    expect(ranked.map((p) => [p.person.id, p.score, p.activeClientTies])).toEqual([
      ['c', 0, 0],
      ['a', 0, 0],
      ['b', 0, 0],
    ]);
  });
});
