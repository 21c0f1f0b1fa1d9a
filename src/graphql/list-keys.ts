import type { ReferralRecord } from '../domain/records';
import type { ListKey } from './connection';

/**
 * Orders of lists shown under more than one parent (listConnection keys):
 * a holder's holdings by product id, a person's referrals newest first.
 */
export const holdingKey = (holding: { product: { id: string } }): ListKey => [holding.product.id];

export const newestFirst = (referral: Pick<ReferralRecord, 'createdAt' | 'id'>): ListKey => [-referral.createdAt.getTime(), referral.id];
