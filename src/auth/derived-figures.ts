import type { AuditTrail } from '../audit/audit-trail';
import type { DisclosureRule } from '../domain/disclosure';
import type { ClientFacts } from '../db/write-facts';
import { accessOfRole, isFieldShown } from '../domain/person-access';
import type { Loaders } from '../loaders/create-loaders';
import type { Viewer } from '../domain/viewer';
import { accessOfClient } from './client-access';

/**
 * One request's derived figures under the disclosure rule
 * (src/domain/disclosure.ts): decides whose figures, holdings and ties the
 * viewer may see (one batched lookup, none when the role decides alone),
 * carries the pool size of the rule, and records in the audit trail whose
 * figures went into what was shown.
 */
export class DerivedFigures {
  constructor(
    private readonly viewer: Viewer,
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
    const viewer = this.viewer;
    const byRole = accessOfRole(viewer);
    if (byRole) return new Set(isFieldShown(byRole, field) ? unique : []);
    const facts = await this.loaders.accessFactsOfPerson.loadMany(unique);
    return new Set(
      facts
        .filter((row): row is ClientFacts => Boolean(row) && !(row instanceof Error))
        .filter((row) => isFieldShown(accessOfClient(viewer, row), field))
        .map((row) => row.clientId),
    );
  }

  /** Whether the viewer's role alone shows them everyone's `field`, so that no figure leaves anyone out. */
  showsEveryone(field: 'aum' | 'holdings' | 'family'): boolean {
    const byRole = accessOfRole(this.viewer);
    return byRole !== null && isFieldShown(byRole, field);
  }

  /** Ids whose figures went into an answer, for the audit trail. */
  contributed(ids: Iterable<string>): void {
    this.audit.derivedFrom(ids);
  }
}
