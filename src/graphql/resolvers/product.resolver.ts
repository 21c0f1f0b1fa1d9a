import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { closeHolding, countProducts, findProductsPage, recordHolding, upsertProduct } from '../../db/products';
import { ProductCategory } from '../../domain/model';
import { ConnectionArgs, decodeCursor, isIdCursor, pageWindow, toConnection } from '../connection';
import { CloseHoldingInput, RecordHoldingInput, UpsertProductInput } from '../inputs/product.input';
import { NOT_PRESENT_RULE, payloadOf, succeeded, toPayload } from '../payload';
import { Holding, Product, ProductConnection } from '../types/product.type';

const UpsertProductPayload = payloadOf('UpsertProductPayload', 'product', () => Product, 'The product as stored.');
const RecordHoldingPayload = payloadOf('RecordHoldingPayload', 'holding', () => Holding, 'The holding as stored.');
const CloseHoldingPayload = payloadOf('CloseHoldingPayload', 'holding', () => Holding, 'The holding, now CLOSED.');

@Resolver(() => Product)
export class ProductResolver {
  @Query(() => Product, { nullable: true, description: 'One product by id; null if there is none.' })
  product(@Arg('id', () => ID) id: string, @Ctx() { loaders }: Context) {
    return loaders.productById.load(id);
  }

  @Query(() => ProductConnection, { description: 'The product shelf, in id order.' })
  async products(
    @Ctx() { db }: Context,
    @Args(() => ConnectionArgs) paging: ConnectionArgs,
    @Arg('category', () => ProductCategory, { nullable: true, description: 'Only this category.' }) category?: ProductCategory,
  ) {
    const window = pageWindow(paging, (cursor, field) => decodeCursor(cursor, isIdCursor, field));
    const page = await findProductsPage(db, category ?? null, window);
    return toConnection(page, window, (p) => p.id, () => countProducts(db, category ?? null));
  }

  @Mutation(() => UpsertProductPayload, { description: 'Creates a product, or updates one by id.' })
  async upsertProduct(@Arg('input', () => UpsertProductInput) input: UpsertProductInput, @Ctx() { db }: Context) {
    return succeeded('product', await upsertProduct(db, input));
  }

  @Mutation(() => RecordHoldingPayload, {
    description: "Records what a client holds of a product; a person's AUM is recomputed from their open asset holdings.",
  })
  async recordHolding(@Arg('input', () => RecordHoldingInput) input: RecordHoldingInput, @Ctx() { db }: Context) {
    return toPayload('holding', await recordHolding(db, { ...input, since: input.since ?? null }));
  }

  @Mutation(() => CloseHoldingPayload, {
    description:
      "Closes a client's open holding of a product: it is kept as CLOSED with its last balance, and a person's AUM is recomputed " +
      `from their open asset holdings, as recordHolding does. ${NOT_PRESENT_RULE}`,
  })
  async closeHolding(@Arg('input', () => CloseHoldingInput) input: CloseHoldingInput, @Ctx() { db }: Context) {
    return toPayload('holding', await closeHolding(db, input));
  }
}
