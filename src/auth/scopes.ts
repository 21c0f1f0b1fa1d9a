import type { HouseholdFilter } from '../db/households';
import type { FullRecordScope } from '../db/organizations';
import type { PersonFilter } from '../db/persons';
import type { ReferralFilter } from '../db/referrals';
import { PersonOrderField, StaffRole } from '../domain/model';
import { accessOfRole } from '../domain/person-access';
import { keepsABook, Viewer, worksAtFrontDesk } from '../domain/viewer';
import { forbidden } from '../errors';

/**
 * The persons a viewer may list: a manager their own book, a branch head
 * their branch's clients, front-desk staff what they created; analysts and
 * admins the whole bank. Listing is where masking cannot help (a filter by
 * tier or name would reveal what masking hides), so lists are narrowed.
 * The narrowing is a filter the persons query already anchors on, so the
 * plan still starts from an index seek.
 */
export function scopePersonFilter(viewer: Viewer, filter: PersonFilter): PersonFilter {
  if (keepsABook(viewer)) {
    if (filter.managerId && filter.managerId !== viewer.staffId) throw forbidden('filter.managerId: a manager lists their own clients only.');
    return { ...filter, managerId: viewer.staffId };
  }
  if (viewer.role === StaffRole.BRANCH_HEAD) {
    if (!viewer.branchId) throw forbidden('Your token names no branch, so there are no clients of your branch to list.');
    if (filter.branchId && filter.branchId !== viewer.branchId) throw forbidden('filter.branchId: a branch head lists their own branch only.');
    return { ...filter, branchId: viewer.branchId };
  }
  if (worksAtFrontDesk(viewer)) return { ...filter, createdBy: viewer.staffId };
  if (viewer.role === StaffRole.ANALYST && filter.search) {
    throw forbidden('filter.search: analysts see pseudonyms, so they may not search by name.');
  }
  return filter;
}

/**
 * A sort a viewer may ask for: names are the one thing analysts may not see,
 * so neither may their order reach them (it would rank the hidden names).
 */
export function checkPersonOrder(viewer: Viewer, field: PersonOrderField): void {
  if (viewer.role === StaffRole.ANALYST && field === PersonOrderField.NAME) {
    throw forbidden('orderBy.field: analysts see pseudonyms, so they may not sort by name.');
  }
}

/**
 * Whose records a viewer sees in full, for lists that must be narrowed to
 * them (src/domain/person-access.ts says the same for one person): null when
 * the role sees everyone (admins; analysts, pseudonymised).
 */
export function fullRecordScope(viewer: Viewer): FullRecordScope | null {
  if (accessOfRole(viewer)) return null;
  return {
    staffId: viewer.staffId,
    managerId: keepsABook(viewer) ? viewer.staffId : null,
    branchId: viewer.role === StaffRole.BRANCH_HEAD ? viewer.branchId : null,
  };
}

/**
 * A household's name follows what the viewer may see of its head, so a
 * search by name that matched masked names would tell what the mask hides
 * ("王伟" finding "王*家庭"): it finds only the households whose name the
 * viewer sees in full. Analysts see pseudonyms, so they may not search.
 */
export function scopeHouseholdFilter(viewer: Viewer, filter: HouseholdFilter): HouseholdFilter {
  if (!filter.search) return filter;
  if (viewer.role === StaffRole.ANALYST) throw forbidden('filter.search: analysts see households by pseudonym, so they may not search them by name.');
  return { ...filter, nameScope: fullRecordScope(viewer) };
}

/** Front-desk staff list the referrals they recorded; everyone else all of them (the persons in them are guarded). */
export function scopeReferralFilter(viewer: Viewer, filter: ReferralFilter): ReferralFilter {
  return worksAtFrontDesk(viewer) ? { ...filter, createdBy: viewer.staffId } : filter;
}

/** Whose clients introduce: a manager's own, unless an admin, analyst or branch head asks for someone else's. */
export function scopeIntroducers(viewer: Viewer, fromStaffId: string | null): string | null {
  if (!keepsABook(viewer)) return fromStaffId;
  if (fromStaffId && fromStaffId !== viewer.staffId) throw forbidden("fromStaffId: a manager asks for introductions through their own clients.");
  return viewer.staffId;
}

/** Whose contact it was: the signed-in member of staff's own; an admin may record one for anyone, or for no one in particular. */
export function scopeInteractionStaff(viewer: Viewer, staffId: string | null): string | null {
  if (viewer.role === StaffRole.ADMIN) return staffId;
  if (staffId && staffId !== viewer.staffId) throw forbidden('input.staffId: you record your own contacts only.');
  return viewer.staffId;
}

/** Whose clients a viewer may move to another manager: a branch head only those managed in their branch (checked in the write itself); an admin anyone's. */
export function scopeManagerMoves(viewer: Viewer): string | null {
  return viewer.role === StaffRole.BRANCH_HEAD ? viewer.branchId : null;
}
