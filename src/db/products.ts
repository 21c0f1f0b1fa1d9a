import { randomUUID } from 'node:crypto';
import neo4j, { type Node } from 'neo4j-driver';
import { ClientKind, HoldingStatus, ProductCategory, RiskLevel, UserErrorCode } from '../domain/model';
import { fromCents, toCents } from '../domain/money';
import { failure, Outcome, success } from '../domain/outcome';
import type { HoldingRecord, Page, PageWindow, ProductRecord } from '../domain/records';
import { cypher } from './cypher';
import type { Database, WriteScope } from './database';
import { missingReferences } from './lookups';
import { propsOf, toProduct } from './mappers';
import { definedOnly, Fields, int, pageOf, toDay, toNeo4jDate, toNumber } from './values';

export type HolderKind = ClientKind;

export interface ProductChanges {
  id?: string;
  name: string;
  category: ProductCategory;
  riskLevel: RiskLevel;
}

/** Which holding: a client's of a product. */
export interface HoldingKey {
  holderKind: HolderKind;
  holderId: string;
  productId: string;
}

export interface HoldingChanges extends HoldingKey {
  balance: string;
  since: string | null;
  status: HoldingStatus;
}

/** A holding with its product's record, so nested product fields need no second lookup. */
export interface HoldingRow extends HoldingRecord {
  product: ProductRecord;
}

const queries = {
  upsert: cypher('product-upsert'),
  byIds: cypher('products-by-ids'),
  page: cypher('products-page'),
  pageBackward: cypher('products-page-backward'),
  count: cypher('products-count'),
  recordHolding: cypher('holding-record'),
  closeHolding: cypher('holding-close'),
  deriveAum: cypher('person-aum-derive'),
  holdingsByHolderIds: cypher('holdings-by-holder-ids'),
};

export function toHoldingRow(holderKind: HolderKind, r: Fields): HoldingRow {
  const x = propsOf(r.get('x') as Node);
  const product = toProduct(r.get('pr') as never);
  return {
    holderKind,
    holderId: String(r.get('holderId')),
    productId: product.id,
    balance: fromCents(x.balanceCents as number),
    since: toDay(x.since),
    status: x.status as HoldingStatus,
    product,
  };
}

export async function upsertProduct(db: Database, { id = randomUUID(), ...props }: ProductChanges): Promise<ProductRecord> {
  const [product] = await db.write((tx) => tx.run(queries.upsert, { id, props: definedOnly({ ...props }) }, (r) => toProduct(r.get('pr'))));
  return product;
}

/** A person's AUM, worked out again from their holdings inside the write that changed them; an organization has none. */
async function deriveAum(tx: WriteScope, holderKind: HolderKind, holderId: string): Promise<void> {
  if (holderKind === ClientKind.PERSON) await tx.run(queries.deriveAum, { personId: holderId }, () => null);
}

/**
 * Records (or updates) what a client holds of a product; a person's AUM is
 * then recomputed from their open asset holdings in the same transaction.
 */
export async function recordHolding(db: Database, changes: HoldingChanges): Promise<Outcome<HoldingRow>> {
  const params = {
    holderKind: changes.holderKind,
    holderId: changes.holderId,
    productId: changes.productId,
    balanceCents: neo4j.int(toCents(changes.balance)),
    since: changes.since === null ? null : toNeo4jDate(changes.since),
    status: changes.status,
  };
  return db.write(async (tx) => {
    const [row] = await tx.run(queries.recordHolding, params, (r) => toHoldingRow(changes.holderKind, r));
    if (!row) return missingHolder(tx, changes);
    await deriveAum(tx, changes.holderKind, changes.holderId);
    return success(row);
  });
}
/**
 * Closes a client's open holding of a product, keeping it as CLOSED with its
 * last balance; a person's AUM is then recomputed as recordHolding does.
 * NOT_PRESENT when they hold no open one.
 */
export async function closeHolding(db: Database, key: HoldingKey): Promise<Outcome<HoldingRow>> {
  return db.write(async (tx) => {
    const [row] = await tx.run(queries.closeHolding, { ...key }, (r) => ({
      holding: r.get('closed') ? toHoldingRow(key.holderKind, r) : null,
    }));
    if (!row) return missingHolder(tx, key);
    if (!row.holding) {
      return failure('productId', UserErrorCode.NOT_PRESENT, `"${key.holderId}" holds no open "${key.productId}"; nothing was changed.`);
    }
    await deriveAum(tx, key.holderKind, key.holderId);
    return success(row.holding);
  });
}

/** Which of a holding's ends is unknown, after a write that matched no row. */
function missingHolder<T>(tx: WriteScope, { holderKind, holderId, productId }: HoldingKey): Promise<Outcome<T>> {
  return missingReferences(tx, [
    holderKind === ClientKind.PERSON
      ? { field: 'holderId', kind: 'person', id: holderId }
      : { field: 'holderId', kind: 'organization', id: holderId },
    { field: 'productId', kind: 'product', id: productId },
  ]);
}

export function findProductsByIds(db: Database, ids: readonly string[]): Promise<ProductRecord[]> {
  return db.read(queries.byIds, { ids }, (r) => toProduct(r.get('pr')));
}

export async function findProductsPage(
  db: Database,
  category: ProductCategory | null,
  window: PageWindow<string>,
): Promise<Page<ProductRecord>> {
  const [query, cursorKey] = window.direction === 'forward' ? [queries.page, 'after'] : [queries.pageBackward, 'before'];
  const rows = await db.read(query, { category, [cursorKey]: window.cursor, limit: int(window.size + 1) }, (r) => toProduct(r.get('pr')));
  return pageOf(rows, window);
}

export async function countProducts(db: Database, category: ProductCategory | null): Promise<number> {
  const [total] = await db.read(queries.count, { category }, (r) => toNumber(r.get('total')));
  return total;
}

export function findHoldingsOf(db: Database, holderKind: HolderKind, ids: readonly string[]): Promise<HoldingRow[]> {
  return db.read(queries.holdingsByHolderIds, { ids, holderKind }, (r) => toHoldingRow(holderKind, r));
}
