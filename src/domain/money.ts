import Decimal from 'decimal.js';

/**
 * Money is never a float (docs/rules.md#money). The API speaks decimal strings;
 * the graph stores whole fen (cents) as 64-bit integers, which are exact and
 * can be summed in Cypher.
 */
const decimalPattern = /^-?\d{1,15}(\.\d{1,2})?$/;

/** Why `value` is not an amount of money, or null when it is. */
export function moneyRefusal(value: string): string | null {
  if (!decimalPattern.test(value)) {
    return `expected a decimal string with at most 15 integer digits and 2 decimals, e.g. "1250000.00"; got "${value}"`;
  }
  if (value.startsWith('-')) return `must not be negative; got "${value}"`;
  return null;
}

/** "1250.5" → "125050" (fen, as a string so no precision is lost on the way). */
export function toCents(value: string): string {
  return new Decimal(value).times(100).toFixed(0);
}

const wholeNumber = /^(-?)(0|[1-9]\d*)$/;

/**
 * 125050 fen → "1250.50". Accepts what the driver returns for an integer.
 * Whole numbers only move the decimal point (no Decimal per value: a page
 * of 100 persons formats hundreds of amounts); anything else goes through Decimal.
 */
export function fromCents(cents: { toString(): string } | number | bigint | null | undefined): string {
  if (cents === null || cents === undefined) return '0.00';
  const text = cents.toString();
  const whole = wholeNumber.exec(text);
  if (!whole) return new Decimal(text).dividedBy(100).toFixed(2);
  const digits = whole[2].padStart(3, '0');
  return `${whole[1]}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}
