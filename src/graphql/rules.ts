import { Matches, registerDecorator, ValidationOptions } from 'class-validator';
import { moneyRefusal } from '../domain/money';

/** Ids are a bank's own client numbers or our UUIDs: letters, digits and `_ . : -`, at most 100. */
export const IsEntityId = (): PropertyDecorator =>
  Matches(/^[A-Za-z0-9_.:-]{1,100}$/, {
    message: '$property must be 1–100 letters, digits or the characters _ . : - ; got "$value"',
  });

/** A non-negative amount of CNY with at most two decimals. */
export function IsMoney(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isMoney',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate: (value: unknown) => value === null || value === undefined || (typeof value === 'string' && moneyRefusal(value) === null),
        defaultMessage: (args) => `${args?.property} ${moneyRefusal(String(args?.value))}`,
      },
    });
}
