import { validate, ValidationError } from 'class-validator';
import type { ValidatorFn } from 'type-graphql';
import { AppError, ErrorCode } from '../errors';

function describe(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((error) => {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => `${path}: ${message}`);
    return [...own, ...describe(error.children ?? [], path)];
  });
}

/**
 * Validates input objects with their class-validator rules and answers
 * BAD_USER_INPUT with a message that names each offending field.
 */
export const validateInput: ValidatorFn = async (argValue) => {
  if (argValue === null || typeof argValue !== 'object') return;
  // Lists of scalars (ids) carry no rules; only input objects are validated.
  const values = (Array.isArray(argValue) ? argValue : [argValue]).filter((value) => value !== null && typeof value === 'object');
  const errors = (await Promise.all(values.map((value) => validate(value as object, { forbidUnknownValues: false })))).flat();
  if (errors.length > 0) {
    const problems = describe(errors);
    const error = new AppError(ErrorCode.BAD_USER_INPUT, `Invalid input. ${problems.join('; ')}`, errors[0].property);
    error.extensions.fields = errors.map((e) => e.property);
    throw error;
  }
};
