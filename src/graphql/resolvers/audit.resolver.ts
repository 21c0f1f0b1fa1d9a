import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { countAuditEvents, findAuditEvents } from '../../db/audit';
import { ConnectionArgs, decodeCursor, isTimeCursor, pageWindow, toConnection } from '../connection';
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
    @Args(() => ConnectionArgs) paging: ConnectionArgs,
    @Arg('filter', () => AuditEventFilter, { nullable: true }) filter?: AuditEventFilter,
  ) {
    const window = pageWindow(paging, (cursor, field) => decodeCursor(cursor, isAuditCursor, field));
    const page = await findAuditEvents(db, filter ?? {}, window);
    return toConnection(page, window, (e) => ({ at: e.at.toISOString(), id: e.id }), () => countAuditEvents(db, filter ?? {}));
  }
}
