import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { scopeInteractionStaff } from '../../auth/scopes';
import type { Context } from '../../context';
import { recordInteraction } from '../../db/interactions';
import { futureRefusal, InteractionRecord } from '../../domain/interactions';
import type { PersonRecord } from '../../domain/records';
import { badInput } from '../../errors';
import { ConnectionArgs, decodeCursor, isTimeCursor, pageWindow, toConnection } from '../connection';
import { RecordInteractionInput } from '../inputs/interaction.input';
import { Interaction, InteractionConnection, RecordInteractionPayload } from '../types/interaction.type';
import { Person } from '../types/person.type';
import { Staff } from '../types/staff.type';

const isInteractionCursor = isTimeCursor('at');

@Resolver(() => Interaction)
export class InteractionResolver {
  @Mutation(() => RecordInteractionPayload, {
    description:
      "Adds a contact to a person's history in one transaction: moves lastContactAt forward (never back) and, when " +
      'satisfaction is given and no later interaction assessed it, sets Person.satisfaction. Idempotent on `id`.',
  })
  async recordInteraction(
    @Arg('input', () => RecordInteractionInput) input: RecordInteractionInput,
    @Ctx() { db, viewer }: Context,
  ): Promise<RecordInteractionPayload> {
    const now = new Date();
    const at = input.at ?? now;
    const refusal = futureRefusal(at, now);
    if (refusal) throw badInput('at', refusal);
    const outcome = await recordInteraction(
      db,
      {
        id: input.id,
        personId: input.personId,
        staffId: scopeInteractionStaff(viewer, input.staffId ?? null),
        kind: input.kind,
        at,
        note: input.note ?? null,
        satisfaction: input.satisfaction ?? null,
      },
      now,
    );
    return outcome.ok
      ? { ...outcome.value, userErrors: [] }
      : { interaction: null, person: null, userErrors: outcome.errors };
  }

  @FieldResolver(() => Person, { description: 'The person the contact was with.' })
  async person(@Root() interaction: InteractionRecord, @Ctx() { loaders }: Context) {
    return loaders.personById.load(interaction.personId);
  }

  @FieldResolver(() => Staff, { nullable: true, description: 'The member of staff who had the contact; null if not recorded.' })
  async staff(@Root() interaction: InteractionRecord, @Ctx() { loaders }: Context) {
    return interaction.staffId === null ? null : loaders.staffById.load(interaction.staffId);
  }
}

@Resolver(() => Person)
export class PersonInteractionsResolver {
  @FieldResolver(() => InteractionConnection, { description: 'The contact history with this person, newest first.' })
  async interactions(@Root() person: PersonRecord, @Args(() => ConnectionArgs) paging: ConnectionArgs, @Ctx() { loaders }: Context) {
    const window = pageWindow(paging, (cursor, field) => decodeCursor(cursor, isInteractionCursor, field));
    const page = await loaders.interactionPage.load({ personId: person.id, window });
    return toConnection(page, window, (i) => ({ at: i.at.toISOString(), id: i.id }), async () => page.total);
  }
}
