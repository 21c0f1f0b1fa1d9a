import { StaffRole } from './model';

/** Who is asking: the verified claims of the request's token. */
export interface Viewer {
  staffId: string;
  role: StaffRole;
  /** The branch the staff member works at; required for BRANCH_HEAD. */
  branchId: string | null;
}

/** Roles that keep a book of clients of their own. */
const bookRoles = new Set<StaffRole>([StaffRole.RELATIONSHIP_MANAGER, StaffRole.WEALTH_MANAGER]);

/** Front-desk roles: they create prospects and referrals and see only what they created. */
const frontDeskRoles = new Set<StaffRole>([StaffRole.LOBBY_MANAGER, StaffRole.TELLER]);

export function keepsABook(viewer: Viewer): boolean {
  return bookRoles.has(viewer.role);
}

export function worksAtFrontDesk(viewer: Viewer): boolean {
  return frontDeskRoles.has(viewer.role);
}
