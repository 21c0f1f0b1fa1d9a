import type { Record as Neo4jRecord } from 'neo4j-driver';
import { PersonStatus, ReferralChannel, ReferralStatus, ReferrerKind, UserErrorCode } from '../domain/model';
import { failure, Outcome, success } from '../domain/outcome';
import type { OrganizationRecord, Page, PageWindow, PersonRecord, ReferralRecord } from '../domain/records';
import { statusAfterConversion, timestampFieldFor, transitionRefusal } from '../domain/referral-lifecycle';
import { creationRefusals, isAttributable } from '../domain/referral-rules';
import { cypher } from './cypher';
import { metUniqueId, type Database, type WriteScope } from './database';
import { toOrganization, toPerson, toReferral } from './mappers';
import { int, pageOf, toNeo4jDateTime, toNumber } from './values';

export interface ReferralDraft {
  /** The caller's: a retry with the same id returns the referral made first. */
  id: string;
  referrerKind: ReferrerKind;
  referrerId: string;
  refereeId: string;
  channel: ReferralChannel;
  assignedStaffId: string | null;
  note: string | null;
  /** The staff member recording it. */
  createdBy: string | null;
}

export interface ReferralFilter {
  status?: ReferralStatus | null;
  assignedStaffId?: string | null;
  referrerId?: string | null;
  refereeId?: string | null;
  /** Only referrals this staff member recorded (front-desk staff's view). */
  createdBy?: string | null;
  channel?: ReferralChannel | null;
  /** Created in [from, before). */
  createdFrom?: Date | null;
  createdBefore?: Date | null;
}

/** Position after which a page starts: referrals are listed newest first. */
export interface ReferralCursor {
  createdAt: string;
  id: string;
}

/** A referral of `personId`, with the person at its other end when that is a person. */
export interface PersonReferralRow {
  personId: string;
  referral: ReferralRecord;
  counterpart: PersonRecord | null;
}

const returnClause = cypher('referral-return');
const queries = {
  byIds: `${cypher('referrals-match-by-ids')}${returnClause}`,
  createLock: cypher('referral-create-lock'),
  createFacts: cypher('referral-create-facts'),
  create: `${cypher('referral-create')}\n${returnClause}`,
  advanceLock: cypher('referral-advance-lock'),
  advanceFacts: cypher('referral-advance-facts'),
  advance: `${cypher('referral-advance')}\n${returnClause}`,
  settleReward: cypher('referral-reward-settle'),
  madeByPersonIds: cypher('referrals-made-by-person-ids'),
  receivedByPersonIds: cypher('referrals-received-by-person-ids'),
  filter: cypher('referrals-filter'),
  pageTail: cypher('referrals-page-tail'),
  pageTailBackward: cypher('referrals-page-tail-backward'),
  countTail: cypher('referrals-count-tail'),
};
const anchors = {
  referrer: cypher('referrals-match-by-referrer'),
  assignee: cypher('referrals-match-by-assignee'),
  referee: cypher('referrals-match-by-referee'),
  status: cypher('referrals-match-by-status'),
  creator: cypher('referrals-match-by-creator'),
  channel: cypher('referrals-match-by-channel'),
  created: cypher('referrals-match-by-created'),
  all: cypher('referrals-match-all'),
};

const mapReferral = (r: Neo4jRecord): ReferralRecord =>
  toReferral(r.get('r'), {
    referrerKind: r.get('referrerKind'),
    referrerId: r.get('referrerId'),
    refereeId: r.get('refereeId'),
    assignedStaffId: r.get('assignedStaffId'),
  });

const newestFirst = (a: ReferralRecord, b: ReferralRecord): number =>
  b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

async function readInTransaction(tx: WriteScope, id: string): Promise<ReferralRecord> {
  const [referral] = await tx.run(queries.byIds, { ids: [id], withEnds: false }, mapReferral);
  return referral;
}

/**
 * Creates a NEW referral after checking the rules, which hold under
 * concurrency: the facts are read after locking the referee (see
 * referral-create-lock.cypher). Retrying with the same id and the
 * same two ends returns the referral made first and changes nothing.
 */
export async function createReferral(db: Database, draft: ReferralDraft): Promise<Outcome<ReferralRecord>> {
  try {
    return await db.write((tx) => createInTransaction(tx, draft));
  } catch (error) {
    // Creates with one id but other referees take other locks, so they can meet
    // at the unique id instead; the one refused runs again and finds the id taken.
    if (!metUniqueId(error)) throw error;
    return db.write((tx) => createInTransaction(tx, draft));
  }
}

async function createInTransaction(tx: WriteScope, draft: ReferralDraft): Promise<Outcome<ReferralRecord>> {
  const params = {
    id: draft.id,
    referrerKind: draft.referrerKind,
    referrerId: draft.referrerId,
    refereeId: draft.refereeId,
    channel: draft.channel,
    assignedStaffId: draft.assignedStaffId,
    note: draft.note,
    createdBy: draft.createdBy,
  };
  await tx.run(queries.createLock, params, () => null);
  const [facts] = await tx.run(queries.createFacts, params, (r) => r.toObject());
  if (facts.idTaken) {
    if (facts.existingReferrerId === draft.referrerId && facts.existingRefereeId === draft.refereeId) {
      return success(await readInTransaction(tx, params.id));
    }
    return failure('id', UserErrorCode.ID_CONFLICT, `Referral id "${params.id}" is already used for another referral.`);
  }
  const errors = creationRefusals(draft, {
    referrerFound: facts.referrerFound,
    refereeStatus: facts.refereeStatus,
    assigneeFound: facts.assigneeFound,
    openDuplicateId: facts.openDuplicateId,
  });
  if (errors.length > 0) return { ok: false, errors };
  const [created] = await tx.run(queries.create, { ...params, withEnds: false }, mapReferral);
  return success(created);
}

/**
 * Moves a referral one step along its lifecycle. Converting it makes the
 * referee an ACTIVE client and, if it is the referee's first conversion and
 * closes no cycle, the attributed referral, the only one with a reward.
 * Concurrent steps are safe: the facts are read after the locks of
 * referral-advance-lock.cypher, which says why conversions share one lock.
 */
export async function advanceReferral(db: Database, id: string, to: ReferralStatus): Promise<Outcome<ReferralRecord>> {
  const converts = to === ReferralStatus.CONVERTED;
  return db.write(async (tx) => {
    await tx.run(queries.advanceLock, { id, converts }, () => null);
    const [facts] = await tx.run(queries.advanceFacts, { id }, (r) => r.toObject());
    if (!facts) return failure('id', UserErrorCode.NOT_FOUND, `No referral with id "${id}".`);
    const refusal = transitionRefusal(facts.status as ReferralStatus, to);
    if (refusal) return failure('to', UserErrorCode.INVALID_TRANSITION, refusal);

    const now = toNeo4jDateTime(new Date());
    const stampField = timestampFieldFor(to);
    const [advanced] = await tx.run(
      queries.advance,
      {
        withEnds: false,
        id,
        status: to,
        stamps: stampField ? { [stampField]: now, updatedAt: now } : { updatedAt: now },
        now,
        converts,
        refereeStatus: statusAfterConversion(facts.refereeStatus as PersonStatus),
        attribute: converts && isAttributable(facts as { refereeAlreadyAttributed: boolean; wouldCloseCycle: boolean }),
      },
      mapReferral,
    );
    return success(advanced);
  });
}

/** Marks a converted referral's incentive as paid (docs/domain.md, "Referral practice": thank the referrer promptly). */
export async function settleReferralReward(db: Database, id: string): Promise<Outcome<ReferralRecord>> {
  return db.write(async (tx) => {
    const [settled] = await tx.run(queries.settleReward, { id }, (r) => r.get('id'));
    const referral = await readInTransaction(tx, id);
    if (!referral) return failure('id', UserErrorCode.NOT_FOUND, `No referral with id "${id}".`);
    if (!settled) {
      return failure(
        'id',
        UserErrorCode.INVALID_TRANSITION,
        `The reward of referral "${id}" is ${referral.rewardStatus}; only a PENDING reward (after conversion) can be paid.`,
      );
    }
    return success(referral);
  });
}

/** A referral with its person and organization ends, so a loader can prime them (a staff referrer is looked up with its branch). */
export interface ReferralWithEnds {
  referral: ReferralRecord;
  referee: PersonRecord;
  personReferrer: PersonRecord | null;
  organizationReferrer: OrganizationRecord | null;
}

export function findReferralsByIds(db: Database, ids: readonly string[]): Promise<ReferralWithEnds[]> {
  return db.read(queries.byIds, { ids, withEnds: true }, (r) => {
    const referral = mapReferral(r);
    const kind = referral.referrerKind;
    return {
      referral,
      referee: toPerson(r.get('referee')),
      personReferrer: kind === ReferrerKind.PERSON ? toPerson(r.get('referrer')) : null,
      organizationReferrer: kind === ReferrerKind.ORGANIZATION ? toOrganization(r.get('referrer')) : null,
    };
  });
}

export function findReferralsOfPersons(
  db: Database,
  role: 'REFERRER' | 'REFEREE',
  ids: readonly string[],
): Promise<PersonReferralRow[]> {
  const query = role === 'REFERRER' ? queries.madeByPersonIds : queries.receivedByPersonIds;
  return db.read(query, { ids }, (r) => ({
    personId: r.get('personId'),
    referral: mapReferral(r),
    counterpart: r.get('counterpart') ? toPerson(r.get('counterpart')) : null,
  }));
}

function anchorFor(filter: ReferralFilter): string {
  if (filter.referrerId) return anchors.referrer;
  if (filter.refereeId) return anchors.referee;
  if (filter.assignedStaffId) return anchors.assignee;
  if (filter.createdBy) return anchors.creator;
  if (filter.status) return anchors.status;
  if (filter.channel) return anchors.channel;
  if (filter.createdFrom) return anchors.created;
  return anchors.all;
}

function filterParams(filter: ReferralFilter): Record<string, unknown> {
  return {
    status: filter.status ?? null,
    assignedStaffId: filter.assignedStaffId ?? null,
    referrerId: filter.referrerId ?? null,
    refereeId: filter.refereeId ?? null,
    createdBy: filter.createdBy ?? null,
    channel: filter.channel ?? null,
    createdFrom: filter.createdFrom?.toISOString() ?? null,
    createdBefore: filter.createdBefore?.toISOString() ?? null,
  };
}

/**
 * One page newest first (or, `oldestFirst`, oldest first), read either way
 * from the window's cursor. Both orders are the creation index read one way
 * or the other: the tail reading newest first, or the one reading oldest first.
 */
export async function findReferralsPage(
  db: Database,
  filter: ReferralFilter,
  window: PageWindow<ReferralCursor>,
  oldestFirst = false,
): Promise<Page<ReferralRecord>> {
  const readsNewestFirst = (window.direction === 'forward') !== oldestFirst;
  const query = `${anchorFor(filter)}${queries.filter}\n${readsNewestFirst ? queries.pageTail : queries.pageTailBackward}\n${returnClause}`;
  const [at, id] = [window.cursor?.createdAt ?? null, window.cursor?.id ?? null];
  const cursor = readsNewestFirst
    ? { afterCreatedAt: at, afterId: id, beforeCreatedAt: null, beforeId: null }
    : { afterCreatedAt: null, afterId: null, beforeCreatedAt: at, beforeId: id };
  const rows = await db.read(query, { ...filterParams(filter), ...cursor, limit: int(window.size + 1), withEnds: false }, mapReferral);
  // In reading order, nearest the cursor first, as pageOf takes it.
  rows.sort(readsNewestFirst ? newestFirst : (a, b) => newestFirst(b, a));
  return pageOf(rows, window);
}

export async function countReferrals(db: Database, filter: ReferralFilter): Promise<number> {
  const query = `${anchorFor(filter)}${queries.filter}\n${queries.countTail}`;
  const [total] = await db.read(query, filterParams(filter), (r) => toNumber(r.get('total')));
  return total;
}
