import { ALL_PERSON_FIELDS } from '../../../src/db/mappers';
import { pagePersonFields } from '../../../src/loaders/prime-person-page';

describe('the person fields a persons page fetches', () => {
  it('are the identity plus the selected record fields, or the whole record when another field may read more', () => {
    const cases = [
      ['id', 'aum', 'household', 'holdings', 'manager', 'family', 'access', '__typename'],
      ['name'],
      ['id', 'interactions'],
    ].map((selected) => pagePersonFields(new Set(selected)));
    expect(cases).toEqual([['id', 'name', 'createdBy', 'aum'], ['id', 'name', 'createdBy'], ALL_PERSON_FIELDS]);
  });
});
