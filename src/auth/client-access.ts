import type { ClientFacts } from '../db/write-facts';
import { accessTo, PersonAccess } from '../domain/person-access';
import type { Viewer } from '../domain/viewer';

/** The viewer's access to a person from who created and who manages them (src/domain/person-access.ts decides). */
export function accessOfClient(viewer: Viewer, { createdBy, manager }: ClientFacts): PersonAccess {
  return accessTo(viewer, { createdBy, managerId: manager?.staff.id ?? null, managerBranchId: manager?.staff.branchId ?? null });
}
