import type { ScoreFactor } from './explain';
import type { AcquaintanceKind, FamilyKind } from './model';
import { tieFactorName, tieNoun } from './neighbour-ties';
import type { Neighbourhood, Tie } from './people-neighbourhood';
import type { PersonRecord } from './records';
import { TieKind } from './tie-strength';

/**
 * A path through the people graph as results show it: one step per tie, each
 * explained in words from the side of the person the step leaves, e.g.
 * "spouse of your client 王军" or "colleague of 李娜 at 华东制造 (key person)".
 */
export interface PathStep {
  from: PersonRecord;
  to: PersonRecord;
  tie: TieKind;
  /** What `to` is to `from` (FamilyKind or AcquaintanceKind); null for other ties. */
  kind: FamilyKind | AcquaintanceKind | null;
  strength: number;
  explanation: string;
  /** The step as a part of a score, e.g. `{ name: 'tie:SPOUSE', value: 0.95, explanation }`. */
  factor: ScoreFactor;
}

/**
 * Says what the person at the far end of `tie` is to `fromLabel`.
 * @example describeTie(spouseTie, 'your client 王军') // 'spouse of your client 王军'
 */
export function describeTie(tie: Tie, fromLabel: string): string {
  switch (tie.tie.tie) {
    case TieKind.FAMILY:
    case TieKind.ACQUAINTANCE:
    case TieKind.HOUSEHOLD:
      return `${tieNoun(tie.tie)} of ${fromLabel}`;
    case TieKind.COLLEAGUE:
      return `colleague of ${fromLabel}${tie.organizationName ? ` at ${tie.organizationName}` : ''}${tie.tie.keyPerson ? ' (key person)' : ''}`;
    case TieKind.REFERRAL:
      return tie.tie.introduced ? `brought to the bank by ${fromLabel}` : `brought ${fromLabel} to the bank`;
    default: {
      const unexpected: never = tie.tie.tie;
      throw new Error(`Unknown tie kind ${String(unexpected)}`);
    }
  }
}

/** Full records of the persons on result paths, by id. */
export type PersonRecords = ReadonlyMap<string, PersonRecord>;

function recordOf(records: PersonRecords, id: string): PersonRecord {
  const record = records.get(id);
  if (!record) throw new Error(`pathSteps: no record was read for person ${id}`);
  return record;
}

/**
 * The steps along `ids` (two or more persons, in walking order), with the ties
 * `graph` holds between them, each person's record from `records`, and each
 * person called by `labelOf` in explanations.
 */
export function pathSteps(
  graph: Neighbourhood,
  ids: readonly string[],
  records: PersonRecords,
  labelOf: (person: PersonRecord) => string,
): PathStep[] {
  return ids.slice(1).map((toId, i) => {
    const tie = graph.tie(ids[i], toId);
    const from = recordOf(records, ids[i]);
    const explanation = describeTie(tie, labelOf(from));
    const detailed = tie.tie.tie === TieKind.FAMILY || tie.tie.tie === TieKind.ACQUAINTANCE;
    return {
      from,
      to: recordOf(records, toId),
      tie: tie.tie.tie,
      kind: detailed ? (tie.tie.kind as FamilyKind | AcquaintanceKind) : null,
      strength: tie.strength,
      explanation,
      factor: { name: tieFactorName(tie.tie), value: tie.strength, explanation },
    };
  });
}

/** The step with the lowest strength (the first of equals): where a path is most likely to break. */
export function weakestStep(steps: readonly PathStep[]): PathStep {
  return steps.reduce((weakest, step) => (step.strength < weakest.strength ? step : weakest));
}
