import { FanOut } from '../../../src/domain/expected-rows';

describe('expected rows of an expansion', () => {
  it('costs a person met as a colleague by their colleague counts, anyone else by the averages', () => {
    const fanOut = new FanOut();
    // k is a key person at a 150-employee firm (149 colleagues) and also works at a small firm (4);
    // n is a clerk at the large firm (its 7 key persons), noted twice by two members; u was never met as a colleague.
    fanOut.note([
      { personId: 'k', organizationId: 'large', colleagues: 149 },
      { personId: 'k', organizationId: 'small', colleagues: 4 },
      { personId: 'n', organizationId: 'large', colleagues: 7 },
      { personId: 'n', organizationId: 'large', colleagues: 7 },
    ]);
    expect([fanOut.expectedRows(['k']), fanOut.expectedRows(['n']), fanOut.expectedRows(['u']), fanOut.expectedRows(['k', 'n', 'u'])]).toEqual([
      7 + 149 + 4,
      7 + 7,
      7 + 3,
      160 + 14 + 10,
    ]);
  });
});
