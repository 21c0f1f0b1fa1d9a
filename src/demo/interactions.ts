import { InteractionKind } from '../domain/interactions';
import { PersonStatus } from '../domain/model';
import type { InteractionRow, ManagedByRow, PersonRow } from './bank-rows';
import { DAY_MS, isoInstant, REF_MS } from './calendar';
import { idFormat } from './ids';
import { Random } from './random';
import { Weighted } from './weighted';

/** Phone first, then the branch, messages, events and visits (docs/domain.md#contact-plans). */
const KINDS = new Weighted<InteractionKind>([
  [InteractionKind.CALL, 45],
  [InteractionKind.MEETING, 20],
  [InteractionKind.MESSAGE, 15],
  [InteractionKind.EVENT, 10],
  [InteractionKind.VISIT, 10],
]);
/** The occasions of contact plans (docs/domain.md#contact-plans). */
const NOTES = ['产品到期提醒', '新产品介绍', '生日问候', '节日问候', '理财沙龙邀请', '大额资金变动回访', '资产配置复盘', '投诉跟进'];
/** A client's earlier assessment was higher than the latest in about one case in five: satisfaction falling. */
const FALLING_SHARE = 0.2;
const YEAR_DAYS = 365;

/**
 * The contact history behind each ACTIVE or DORMANT client's lastContactAt
 * and satisfaction: the last interaction is at lastContactAt, by their
 * manager, and carries their satisfaction as last assessed; when that was
 * within the last year, zero to two earlier ones fall 20–120 days apart
 * inside that year (not before the client came), some assessed, a fifth
 * of them higher than the latest. At most three per client, so the import
 * stays proportional to the bank. Draws from its own Random seeded from
 * `seed`, so adding it changed no other row.
 */
export function makeInteractionRows(seed: number, persons: readonly PersonRow[], managedBy: readonly ManagedByRow[]): InteractionRow[] {
  const rng = new Random(seed ^ 0x1a7e5c0d);
  const managerOf = new Map(managedBy.filter((m) => m.clientKind === 'PERSON').map((m) => [m.clientId, m.staffId]));
  // Ids are given at the end, when their width is known; rows are filled in place to keep one copy at a million persons.
  const rows: InteractionRow[] = [];
  for (const person of persons) {
    if ((person.status !== PersonStatus.ACTIVE && person.status !== PersonStatus.DORMANT) || person.lastContactAt === null) continue;
    const staffId = managerOf.get(person.id)!;
    const lastMs = Date.parse(person.lastContactAt);
    const firstMs = Math.max(Date.parse(person.createdAt), REF_MS - YEAR_DAYS * DAY_MS);
    const earlier: number[] = [];
    for (let k = rng.int(3), at = lastMs; k > 0; k--) {
      at -= rng.between(20, 120) * DAY_MS;
      if (at < firstMs) break;
      earlier.unshift(at);
    }
    const latest = person.satisfaction;
    for (const at of earlier) {
      const assessed = latest !== null && rng.chance(0.6);
      const satisfaction = !assessed ? null : rng.chance(FALLING_SHARE) ? Math.min(10, latest + rng.between(1, 3)) : Math.max(0, latest - rng.int(2));
      rows.push({ id: '', personId: person.id, staffId, kind: KINDS.sample(rng), at: isoInstant(at), note: rng.pick(NOTES), satisfaction });
    }
    rows.push({ id: '', personId: person.id, staffId, kind: KINDS.sample(rng), at: person.lastContactAt, note: rng.pick(NOTES), satisfaction: latest });
  }
  const interactionId = idFormat('I', rows.length, 7);
  rows.forEach((row, index) => (row.id = interactionId(index)));
  return rows;
}
