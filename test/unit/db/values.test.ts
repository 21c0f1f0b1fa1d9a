import neo4j from 'neo4j-driver';
import { toDate } from '../../../src/db/values';

describe('toDate', () => {
  it('gives the instant of a zoned DateTime, whether its fields are numbers or Integers, to the millisecond', () => {
    const { DateTime } = neo4j.types;
    const values = [
      new DateTime(2026, 11, 23, 16, 5, 40, 123_456_789, 8 * 3600),
      new DateTime(neo4j.int(2026), neo4j.int(2), neo4j.int(28), neo4j.int(23), neo4j.int(59), neo4j.int(59), neo4j.int(999_000_000), neo4j.int(-5 * 3600)),
      new DateTime(1999, 12, 31, 23, 0, 0, 0, 0),
    ];
    expect(values.map((value) => toDate(value).toISOString())).toEqual([
      '2026-11-23T08:05:40.123Z',
      '2026-03-01T04:59:59.999Z',
      '1999-12-31T23:00:00.000Z',
    ]);
  });
});
