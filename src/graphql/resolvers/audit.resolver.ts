import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { countAuditEvents, findAuditEvents } from '../../db/audit';
import { decodeCursor, isTimeCursor, pageSize, toConnection } from '../connection';
import { AuditEventFilter } from '../inputs/audit.input';
import { AuditEventConnection } from '../types/audit.type';

const isAuditCursor = isTimeCursor('at');

@Resolver()
export class AuditResolver {
  @Query(() => AuditEventConnection, {
    description:
      'The audit trail, newest first: every write (recorded in its own transaction) and every read of full personal records ' +
      '(recorded within a fraction of a second). ADMIN only.',
  })
  async auditEvents(
    @Ctx() { db }: Context,
    @Arg('filter', () => AuditEventFilter, { nullable: true }) filter?: AuditEventFilter,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 1–100 (default 20).' }) first?: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' }) after?: string,
  ) {
    const page = await findAuditEvents(db, filter ?? {}, pageSize(first), decodeCursor(after, isAuditCursor));
    return toConnection(page, after, (e) => ({ at: e.at.toISOString(), id: e.id }), () => countAuditEvents(db, filter ?? {}));
  }
}
