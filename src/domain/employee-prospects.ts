import type { ScoreFactor } from './explain';
import { areColleagues, byCodePoint, PersonTie, roundScore, strongestTie, TIE_PREFERENCE, tieFactorName, tieNoun } from './neighbour-ties';
import type { OrganizationRecord, PersonRecord } from './records';
import { TieKind } from './tie-strength';

/**
 * Corporate-retail linkage the other way round (公私联动, docs/domain.md#corporate-and-retail-linkage): which
 * employees of an organization are not yet clients, and who among them is
 * easiest to win, judged by their ties to our ACTIVE clients.
 *
 * Prospects are the employees whose status is anything but ACTIVE: PROSPECT,
 * and DORMANT or CHURNED too, since a lapsed client is won back the same way
 * (docs/domain.md#client-lifecycle: a lapsed client can often be won back).
 *
 *   score(employee) = Σ over distinct ACTIVE clients tied to them of the strength of the strongest tie
 *
 * over the people graph of src/domain/tie-strength.ts, one hop: family,
 * acquaintance, household and referral ties anywhere, and colleague ties at
 * this organization under the COLLEAGUE rule (a clerk in a large firm counts
 * its key persons, not every other clerk). Equal scores put key persons first
 * (they decide and bring others), then ids. Colleague ties are one factor
 * ("5 colleagues at 华东制造 are clients"); every other tie is its own
 * ("sibling 王芳 is a client").
 */

/** What the database returns for one organization. */
export interface ProspectNeighbourhood {
  organization: OrganizationRecord;
  /** WORKS_AT relationships to the organization: the size the COLLEAGUE rule reads. */
  employeesInGraph: number;
  activeEmployees: { id: string; name: string; keyPerson: boolean }[];
  /** Non-ACTIVE employees, each with their ties (other than colleague ties here) to ACTIVE clients. */
  candidates: { person: PersonRecord; keyPerson: boolean; clientTies: { clientId: string; clientName: string; tie: PersonTie }[] }[];
}

export interface EmployeeProspect {
  person: PersonRecord;
  keyPerson: boolean;
  score: number;
  activeClientTies: number;
  explanation: ScoreFactor[];
}

interface Factor extends ScoreFactor {
  tie: TieKind;
}

const byWeight = (a: Factor, b: Factor): number =>
  b.value - a.value || TIE_PREFERENCE.indexOf(a.tie) - TIE_PREFERENCE.indexOf(b.tie) || byCodePoint(a.explanation, b.explanation);

/**
 * The organization's best `first` prospects.
 * @example rankEmployeeProspects({ organization: 华东制造, employeesInGraph: 3, activeEmployees: [王芳, 李强], candidates: [赵敏 (sibling of 王芳)] }, 10)
 * // [{ person: 赵敏, score: 1.15, activeClientTies: 2, explanation: [sibling 王芳 is a client (0.8), colleague 李强 at 华东制造 is a client (0.35)] }]
 */
export function rankEmployeeProspects(neighbourhood: ProspectNeighbourhood, first: number): EmployeeProspect[] {
  const { organization, employeesInGraph, activeEmployees } = neighbourhood;
  const colleagueClients = (keyPerson: boolean) =>
    activeEmployees.filter((client) => areColleagues(keyPerson, client.keyPerson, employeesInGraph));
  const reachable = { asKeyPerson: colleagueClients(true), asPeer: colleagueClients(false) };

  return neighbourhood.candidates
    .map(({ person, keyPerson, clientTies }) => {
      const clients = new Map<string, { name: string; ties: PersonTie[] }>();
      const addTie = (clientId: string, name: string, tie: PersonTie) => {
        const client = clients.get(clientId) ?? { name, ties: [] };
        client.ties.push(tie);
        clients.set(clientId, client);
      };
      for (const { clientId, clientName, tie } of clientTies) addTie(clientId, clientName, tie);
      for (const client of keyPerson ? reachable.asKeyPerson : reachable.asPeer) {
        addTie(client.id, client.name, {
          tie: TieKind.COLLEAGUE,
          kind: null,
          strength: null,
          keyPerson: keyPerson || client.keyPerson,
          organizationId: organization.id,
          introduced: null,
        });
      }
      const explanation = explain(organization, clients);
      return {
        person,
        keyPerson,
        score: roundScore(explanation.reduce((sum, factor) => sum + factor.value, 0)),
        activeClientTies: clients.size,
        explanation: explanation.map(({ tie: _tie, ...factor }) => factor),
      };
    })
    .sort((a, b) => b.score - a.score || Number(b.keyPerson) - Number(a.keyPerson) || byCodePoint(a.person.id, b.person.id))
    .slice(0, first);
}

function explain(organization: OrganizationRecord, clients: Map<string, { name: string; ties: PersonTie[] }>): Factor[] {
  const factors: Factor[] = [];
  const colleagues: { name: string; strength: number; tie: PersonTie }[] = [];
  for (const { name, ties } of clients.values()) {
    const { tie, strength } = strongestTie(ties);
    if (tie.tie === TieKind.COLLEAGUE) {
      colleagues.push({ name, strength, tie });
    } else {
      factors.push({ tie: tie.tie, name: tieFactorName(tie), value: strength, explanation: `${tieNoun(tie)} ${name} is a client` });
    }
  }
  if (colleagues.length > 0) {
    factors.push({
      tie: TieKind.COLLEAGUE,
      name: tieFactorName(colleagues[0].tie),
      value: roundScore(colleagues.reduce((sum, c) => sum + c.strength, 0)),
      explanation:
        colleagues.length === 1
          ? `colleague ${colleagues[0].name} at ${organization.name} is a client`
          : `${colleagues.length} colleagues at ${organization.name} are clients`,
    });
  }
  return factors.sort(byWeight);
}
