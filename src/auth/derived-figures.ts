import type { AuditTrail } from '../audit/audit-trail';
import {
  Contribution,
  DisclosedAmount,
  discloseSum,
  DisclosureRule,
} from '../domain/disclosure';
import type { ClientFacts } from '../db/write-facts';
import { accessOfRole, accessTo, isFieldShown } from '../domain/person-access';
import type { Loaders } from '../loaders/create-loaders';
import type { PersonViews } from './person-views';

/** A person's part of a figure, before the viewer's access is known. */
export interface Part {
  personId: string;
  amount: string | number;
}

/**
 * One request's derived figures under the disclosure rule
 * (src/domain/disclosure.ts): decides whose figures, holdings and ties the
 * viewer may see (one batched lookup of the persons not yet loaded, none
 * when the role decides alone), sums under the rule, and records in the
 * audit trail whose figures went into what was shown.
 */
export class DerivedFigures {
  constructor(
    private readonly people: PersonViews,
    private readonly loaders: Loaders,
    private readonly audit: AuditTrail,
    readonly rule: DisclosureRule,
  ) {}

  /**
   * The ids among `ids` whose `field` the viewer may see (aum for figures,
   * holdings, family for ties). One batched read of who created and manages
   * the persons, not their records: a figure may stand on thousands of them.
   */
  async shown(ids: Iterable<string>, field: 'aum' | 'holdings' | 'family'): Promise<Set<string>> {
    const unique = [...new Set(ids)];
    const viewer = this.people.viewer;
    const byRole = accessOfRole(viewer);
    if (byRole) return new Set(isFieldShown(byRole, field) ? unique : []);
    const facts = await this.loaders.accessFactsOfPerson.loadMany(unique);
    return new Set(
      facts
        .filter((row): row is ClientFacts => Boolean(row) && !(row instanceof Error))
        .filter((row) => {
          const manager = row.manager?.staff ?? null;
          const access = accessTo(viewer, { createdBy: row.createdBy, managerId: manager?.id ?? null, managerBranchId: manager?.branchId ?? null });
          return isFieldShown(access, field);
        })
        .map((row) => row.clientId),
    );
  }

  /**
   * Σ of the parts as this viewer may learn it, with the visible ids decided
   * (`shown`); hidden parts pooled under `rule` (NEVER_POOL where the viewer
   * chooses the members: src/domain/disclosure.ts). The parts that went into it are audited.
   */
  sumWith(parts: readonly Part[], visible: ReadonlySet<string>, rule: DisclosureRule = this.rule): DisclosedAmount {
    const contributions: Contribution[] = parts.map((part) => ({ ...part, shown: visible.has(part.personId) }));
    const disclosed = discloseSum(contributions, rule);
    this.contributed(contributions.filter((part) => part.shown || disclosed.disclosure.pooled > 0).map((part) => part.personId));
    return disclosed;
  }

  /** Ids whose figures went into an answer, for the audit trail. */
  contributed(ids: Iterable<string>): void {
    this.audit.derivedFrom(ids);
  }
}
