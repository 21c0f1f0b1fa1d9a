import { accessTo, isFieldShown, maskedName, PersonAccess, pseudonymOf } from '../../../src/domain/person-access';
import { StaffRole } from '../../../src/domain/model';
import { scopePersonFilter, scopeReferralFilter } from '../../../src/auth/scopes';

const facts = { managerId: 'rm1', managerBranchId: 'b1', createdBy: 'teller1' };
const as = (role: StaffRole, staffId = 'x', branchId: string | null = null) => ({ staffId, role, branchId });

describe('person access', () => {
  it('follows the role table of docs/rules.md', () => {
    const decided = [
      accessTo(as(StaffRole.ADMIN), facts),
      accessTo(as(StaffRole.ANALYST), facts),
      accessTo(as(StaffRole.RELATIONSHIP_MANAGER, 'rm1'), facts),
      accessTo(as(StaffRole.WEALTH_MANAGER, 'wm9'), facts),
      accessTo(as(StaffRole.BRANCH_HEAD, 'bh', 'b1'), facts),
      accessTo(as(StaffRole.BRANCH_HEAD, 'bh', 'b2'), facts),
      accessTo(as(StaffRole.TELLER, 'teller1'), facts),
      accessTo(as(StaffRole.LOBBY_MANAGER, 'lobby2'), facts),
      accessTo(as(StaffRole.BRANCH_HEAD, 'bh', null), { ...facts, managerBranchId: null }),
    ];
    expect(decided).toEqual([
      PersonAccess.FULL,
      PersonAccess.PSEUDONYMISED,
      PersonAccess.FULL,
      PersonAccess.MASKED,
      PersonAccess.FULL,
      PersonAccess.MASKED,
      PersonAccess.FULL,
      PersonAccess.MASKED,
      PersonAccess.MASKED,
    ]);
  });

  it('masks names to the first character and pseudonymises them stably per key', () => {
    expect([maskedName('王伟'), maskedName('欧阳娜娜'), maskedName(' Smith'), maskedName('')]).toEqual(['王*', '欧*', 'S*', '*']);
    expect(pseudonymOf('P1', 'k')).toBe(pseudonymOf('P1', 'k'));
    expect(pseudonymOf('P1', 'k')).not.toBe(pseudonymOf('P1', 'other key'));
    expect(pseudonymOf('P1', 'k')).toMatch(/^Client [0-9A-F]{8}$/);
  });

  it('shows masked persons their id and name only, and analysts everything but contact details', () => {
    const fields = ['id', 'name', 'access', 'aum', 'tier', 'phone', 'birthDate', 'family', 'holdings'];
    expect(fields.filter((f) => isFieldShown(PersonAccess.MASKED, f))).toEqual(['id', 'name', 'access']);
    expect(fields.filter((f) => !isFieldShown(PersonAccess.PSEUDONYMISED, f))).toEqual(['phone', 'birthDate']);
    expect(fields.every((f) => isFieldShown(PersonAccess.FULL, f))).toBe(true);
  });
});

describe('list scopes', () => {
  it('narrows persons to the book, the branch or what the viewer created, and refuses a filter outside it', () => {
    expect(scopePersonFilter(as(StaffRole.RELATIONSHIP_MANAGER, 'rm1'), { tier: null })).toEqual({ tier: null, managerId: 'rm1' });
    expect(scopePersonFilter(as(StaffRole.BRANCH_HEAD, 'bh', 'b1'), {})).toEqual({ branchId: 'b1' });
    expect(scopePersonFilter(as(StaffRole.TELLER, 't1'), { search: '王' })).toEqual({ search: '王', createdBy: 't1' });
    expect(scopePersonFilter(as(StaffRole.ADMIN), { search: '王' })).toEqual({ search: '王' });
    expect(() => scopePersonFilter(as(StaffRole.WEALTH_MANAGER, 'wm1'), { managerId: 'rm1' })).toThrow('filter.managerId');
    expect(() => scopePersonFilter(as(StaffRole.BRANCH_HEAD, 'bh', 'b1'), { branchId: 'b2' })).toThrow('filter.branchId');
    expect(() => scopePersonFilter(as(StaffRole.ANALYST), { search: '王' })).toThrow('filter.search');
    expect(scopeReferralFilter(as(StaffRole.LOBBY_MANAGER, 'l1'), {})).toEqual({ createdBy: 'l1' });
  });
});
