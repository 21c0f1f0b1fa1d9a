import neo4j from 'neo4j-driver';
import { FamilyKind } from '../../../src/domain/model';
import { fromCents, moneyRefusal, toCents } from '../../../src/domain/money';
import { canonicalPair, inverseFamilyKind, storedFamilyKind } from '../../../src/domain/ties';

describe('undirected ties', () => {
  it('stores a pair from the smaller id to the larger', () => {
    expect([canonicalPair('b', 'a'), canonicalPair('a', 'b')]).toEqual([
      { fromId: 'a', toId: 'b', swapped: true },
      { fromId: 'a', toId: 'b', swapped: false },
    ]);
  });

  it('inverts family kinds seen from the other end', () => {
    expect(Object.values(FamilyKind).map((kind) => [kind, inverseFamilyKind(kind)])).toEqual([
      ['SPOUSE', 'SPOUSE'],
      ['PARENT', 'CHILD'],
      ['CHILD', 'PARENT'],
      ['SIBLING', 'SIBLING'],
      ['RELATIVE', 'RELATIVE'],
    ]);
    expect(storedFamilyKind(FamilyKind.PARENT, true)).toBe(FamilyKind.CHILD);
  });
});

describe('money', () => {
  it('converts decimal strings to whole fen and back exactly', () => {
    expect(['0', '0.1', '1250000.5', '999999999999999.99'].map(toCents)).toEqual(['0', '10', '125000050', '99999999999999999']);
    expect(['0', '10', '125000050', '99999999999999999'].map(fromCents)).toEqual(['0.00', '0.10', '1250000.50', '999999999999999.99']);
  });

  it('formats whole fen of every kind the driver returns as Decimal does', () => {
    expect([7, -5, -12345, 10n, neo4j.int(125000050), 12.5, null].map(fromCents)).toEqual(['0.07', '-0.05', '-123.45', '0.10', '1250000.50', '0.13', '0.00']);
  });

  it('refuses negative, over-precise and malformed amounts with a reason', () => {
    expect(moneyRefusal('12.5')).toBeNull();
    expect(moneyRefusal('-1')).toBe('must not be negative; got "-1"');
    expect(moneyRefusal('1.005')).toContain('at most 15 integer digits and 2 decimals');
    expect(moneyRefusal('1e5')).toContain('expected a decimal string');
  });
});
