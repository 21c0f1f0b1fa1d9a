import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const decimalPattern = /^-?\d+(\.\d+)?$/;

function parseDecimal(value: unknown): string {
  if (typeof value !== 'string' || !decimalPattern.test(value)) {
    throw new GraphQLError(
      `Decimal must be a string of digits with an optional fraction, e.g. "1250000.00"; got ${JSON.stringify(value)}. ` +
        'Money is never sent as a number, so no precision is lost.',
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  return value;
}

/** An exact decimal number as a string: money is never a Float (docs/rules.md#money). */
export const DecimalScalar = new GraphQLScalarType({
  name: 'Decimal',
  description: 'An exact decimal number as a string, e.g. "1250000.00". Used for all money (CNY).',
  serialize: (value) => String(value),
  parseValue: parseDecimal,
  parseLiteral: (ast) => parseDecimal(ast.kind === Kind.STRING ? ast.value : (ast as { value?: unknown }).value),
});
