import { randomUUID } from 'node:crypto';
import type { Node, Record as Neo4jRecord } from 'neo4j-driver';
import type { InteractionKind, InteractionRecord } from '../domain/interactions';
import { UserErrorCode } from '../domain/model';
import { failure, notFoundError, Outcome, success } from '../domain/outcome';
import type { Page, PageWindow, PersonRecord } from '../domain/records';
import { cypher } from './cypher';
import type { Database, WriteScope } from './database';
import { toPerson } from './mappers';
import { int, toDate, toNeo4jDateTime, toNullableNumber, toNumber, toStringOrNull } from './values';

export interface InteractionDraft {
  /** The caller's id, so a retry finds the interaction already made. */
  id?: string;
  personId: string;
  staffId: string | null;
  kind: InteractionKind;
  at: Date;
  note: string | null;
  satisfaction: number | null;
}

/** Position after which a page of a person's interactions starts: newest first. */
export interface InteractionCursor {
  at: string;
  id: string;
}

export interface InteractionPageKey {
  personId: string;
  window: PageWindow<InteractionCursor>;
}

export interface InteractionPage extends Page<InteractionRecord> {
  /** All interactions of the person, in every page. */
  total: number;
}

const queries = {
  facts: cypher('interaction-record-facts'),
  record: cypher('interaction-record'),
  byIds: cypher('interactions-by-ids'),
  pages: cypher('interactions-page-by-person-ids'),
  persons: cypher('persons-by-ids'),
};

function toInteraction(node: Node, personId: string, staffId: unknown): InteractionRecord {
  const i = node.properties as Record<string, unknown>;
  return {
    id: String(i.id),
    kind: i.kind as InteractionKind,
    at: toDate(i.at),
    note: toStringOrNull(i.note),
    satisfaction: toNullableNumber(i.satisfaction),
    personId,
    staffId: toStringOrNull(staffId),
    createdAt: toDate(i.createdAt),
  };
}

const mapInteraction = (r: Neo4jRecord): InteractionRecord => toInteraction(r.get('i'), r.get('personId'), r.get('staffId'));

const idConflict = <T>(id: string): Outcome<T> =>
  failure('id', UserErrorCode.ID_CONFLICT, `Interaction id "${id}" is already used for another person's interaction.`);

/** The interaction and the person after the write, read in the same transaction. */
async function readBack(tx: WriteScope, id: string, personId: string): Promise<{ interaction: InteractionRecord; person: PersonRecord }> {
  const [interaction] = await tx.run(queries.byIds, { ids: [id] }, mapInteraction);
  const [person] = await tx.run(queries.persons, { ids: [personId] }, (r) => toPerson(r.get('p')));
  return { interaction, person };
}

/**
 * Records that staff were in touch with a person, in one write transaction
 * (cypher/queries/interaction-record.cypher says what moves on the person).
 * Retrying with the same id and person returns what the first call made and
 * changes nothing, even when the two run at once; the same id with another
 * person is an ID_CONFLICT.
 */
export async function recordInteraction(
  db: Database,
  draft: InteractionDraft,
  now: Date,
): Promise<Outcome<{ interaction: InteractionRecord; person: PersonRecord }>> {
  const params = {
    id: draft.id ?? randomUUID(),
    personId: draft.personId,
    staffId: draft.staffId,
    kind: draft.kind,
    at: toNeo4jDateTime(draft.at),
    note: draft.note,
    satisfaction: draft.satisfaction === null ? null : int(draft.satisfaction),
    now: toNeo4jDateTime(now),
  };
  return db.write(async (tx) => {
    const [facts] = await tx.run(queries.facts, params, (r) => r.toObject());
    if (facts.idTaken) {
      if (facts.existingPersonId === draft.personId) return success(await readBack(tx, params.id, draft.personId));
      return idConflict(params.id);
    }
    if (!facts.personFound) return notFoundError('personId', 'person', draft.personId);
    if (draft.staffId !== null && !facts.staffFound) return notFoundError('staffId', 'member of staff', draft.staffId);
    await tx.run(queries.record, params, (r) => r.get('id'));
    const recorded = await readBack(tx, params.id, draft.personId);
    // A concurrent request with this id for another person got there first.
    if (recorded.interaction.personId !== draft.personId) return idConflict(params.id);
    return success(recorded);
  });
}

export function findInteractionsByIds(db: Database, ids: readonly string[]): Promise<InteractionRecord[]> {
  return db.read(queries.byIds, { ids }, mapInteraction);
}

/** A page of interactions per key, newest first, in one statement (keys in, pages out in key order). */
export async function findInteractionPages(db: Database, keys: readonly InteractionPageKey[]): Promise<InteractionPage[]> {
  const rows = await db.read(
    queries.pages,
    {
      keys: keys.map(({ personId, window }) => ({
        personId,
        backward: window.direction === 'backward',
        cursorAt: window.cursor ? toNeo4jDateTime(new Date(window.cursor.at)) : null,
        cursorId: window.cursor?.id ?? null,
        limit: int(window.size + 1),
      })),
    },
    (r) => ({
      personId: r.get('personId') as string,
      backward: r.get('backward') as boolean,
      cursorId: r.get('cursorId') as string | null,
      limit: toNumber(r.get('limit')),
      total: toNumber(r.get('total')),
      items: (r.get('rows') as { i: Node; staffId: unknown }[]).map((row) => toInteraction(row.i, r.get('personId'), row.staffId)),
    }),
  );
  return keys.map(({ personId, window }) => {
    const backward = window.direction === 'backward';
    const found = rows.find(
      (row) => row.personId === personId && row.backward === backward && row.cursorId === (window.cursor?.id ?? null) && row.limit === window.size + 1,
    );
    const items = found?.items ?? [];
    // Newest first either way: a backward page's extra row, if any, is its newest (first).
    const page = backward ? items.slice(-window.size) : items.slice(0, window.size);
    return { items: page, hasMore: items.length > window.size, total: found?.total ?? 0 };
  });
}
