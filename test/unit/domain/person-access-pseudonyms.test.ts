import { HouseholdRole } from '../../../src/domain/model';
import { householdNameAccess, householdNameAsSeen, PersonAccess } from '../../../src/domain/person-access';
import { PseudonymousIds } from '../../../src/domain/pseudonymous-ids';

const { FULL, PSEUDONYMISED, MASKED } = PersonAccess;

describe('pseudonymous person ids', () => {
  const ids = new PseudonymousIds('a key of at least sixteen characters');

  it('are stable per person, differ between persons and keys, and give the id back', () => {
    const token = ids.of('P0001460');
    expect(token).toMatch(/^anon_[A-Za-z0-9_-]+$/);
    expect(ids.of('P0001460')).toBe(token);
    expect(ids.of('P0001461')).not.toBe(token);
    expect(new PseudonymousIds('another key of sixteen characters').of('P0001460')).not.toBe(token);
    expect(token).not.toContain('P0001460');
    expect(ids.idOf(token)).toBe('P0001460');
    expect(ids.idOf(ids.of('客户:42'))).toBe('客户:42');
  });

  it('refuse a token changed anywhere, one made with another key, and anything that is not a token', () => {
    const token = ids.of('P0001460');
    const body = token.slice('anon_'.length);
    const tampered = [...body].map((_, i) => `anon_${body.slice(0, i)}${body[i] === 'A' ? 'B' : 'A'}${body.slice(i + 1)}`);
    expect(tampered.map((forged) => ids.idOf(forged))).toEqual(tampered.map(() => null));
    const other = new PseudonymousIds('another key of sixteen characters');
    expect(ids.idOf(other.of('P0001460'))).toBeNull();
    expect([ids.idOf('P0001460'), ids.idOf('anon_'), ids.idOf('anon_AAAA'), ids.idOf(`${token}=`), ids.idOf(`${token}A`)]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});

describe('household names', () => {
  const key = 'k';

  it('are shown whole to those who see the head whole, masked like persons to others, pseudonymous to analysts', () => {
    const household = { id: 'H0000123', name: '李珈家庭' };
    expect(householdNameAsSeen(household, FULL, key)).toBe('李珈家庭');
    expect(householdNameAsSeen(household, MASKED, key)).toBe('李*家庭');
    expect(householdNameAsSeen({ id: 'H1', name: '王伟家' }, MASKED, key)).toBe('王*家');
    expect(householdNameAsSeen({ id: 'H1', name: 'Smith household' }, MASKED, key)).toBe('S*');
    const pseudonym = householdNameAsSeen(household, PSEUDONYMISED, key);
    expect(pseudonym).toMatch(/^Household [0-9A-F]{8}$/);
    expect(householdNameAsSeen({ ...household, name: '别的名字' }, PSEUDONYMISED, key)).toBe(pseudonym);
    expect(householdNameAsSeen({ id: 'H0000124', name: '李珈家庭' }, PSEUDONYMISED, key)).not.toBe(pseudonym);
  });

  it("follow the head's access, or without a head the least any member has", () => {
    const { HEAD, SPOUSE, CHILD } = HouseholdRole;
    expect(householdNameAccess([{ role: SPOUSE, access: FULL }, { role: HEAD, access: MASKED }])).toBe(MASKED);
    expect(householdNameAccess([{ role: HEAD, access: FULL }, { role: CHILD, access: MASKED }])).toBe(FULL);
    expect(householdNameAccess([{ role: SPOUSE, access: FULL }, { role: CHILD, access: MASKED }])).toBe(MASKED);
    expect(householdNameAccess([{ role: CHILD, access: FULL }])).toBe(FULL);
    expect(householdNameAccess([])).toBe(FULL);
  });
});
