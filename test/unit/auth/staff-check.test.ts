import { STAFF_MISMATCH, staffCheck, StaffLookup } from '../../../src/auth/staff-check';
import { StaffRole } from '../../../src/domain/model';
import type { StaffRecord } from '../../../src/domain/records';
import type { Viewer } from '../../../src/domain/viewer';
import { AppError, ErrorCode } from '../../../src/errors';

const record: StaffRecord = { id: 'S0004', name: '陈经理', role: StaffRole.RELATIONSHIP_MANAGER, branchId: 'B001', active: true };
const viewer: Viewer = { staffId: 'S0004', role: StaffRole.RELATIONSHIP_MANAGER, branchId: 'B001' };

/** A staff table in memory that counts its lookups. */
function table(records: StaffRecord[]): StaffLookup & { calls: number; records: Map<string, StaffRecord> } {
  const byId = new Map(records.map((r) => [r.id, r]));
  const lookup = Object.assign(
    async (id: string) => {
      lookup.calls += 1;
      return byId.get(id) ?? null;
    },
    { calls: 0, records: byId },
  );
  return lookup;
}

async function refusal(check: Promise<unknown>): Promise<string> {
  try {
    await check;
  } catch (error) {
    return `${(error as AppError).extensions.code}: ${(error as Error).message}`;
  }
  return 'accepted';
}

describe('the staff check of a token', () => {
  it('accepts claims that are the record, and refuses any other alike', async () => {
    const check = staffCheck(table([record, { ...record, id: 'S0009', active: false }]), 0);
    await expect(check(viewer)).resolves.toEqual(viewer);
    const refused = [
      { ...viewer, staffId: 'S9999' },
      { ...viewer, role: StaffRole.ADMIN },
      { ...viewer, branchId: 'B002' },
      { ...viewer, branchId: null },
      { ...viewer, staffId: 'S0009' },
    ];
    for (const claims of refused) expect(await refusal(check(claims))).toBe(`UNAUTHENTICATED: ${STAFF_MISMATCH}`);
  });

  it('remembers records, the unknown too, for its lifetime, with one lookup for concurrent requests', async () => {
    const lookup = table([record]);
    const check = staffCheck(lookup, 60_000);
    await Promise.all([check(viewer), check(viewer), check(viewer)]);
    await check(viewer);
    expect(lookup.calls).toBe(1);
    await refusal(check({ ...viewer, staffId: 'S9999' }));
    await refusal(check({ ...viewer, staffId: 'S9999' }));
    expect(lookup.calls).toBe(2);
  });

  it('sees a deactivation once the lifetime has passed', async () => {
    const lookup = table([record]);
    const check = staffCheck(lookup, 50);
    await check(viewer);
    lookup.records.set(record.id, { ...record, active: false });
    await expect(check(viewer)).resolves.toEqual(viewer);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(await refusal(check(viewer))).toBe(`UNAUTHENTICATED: ${STAFF_MISMATCH}`);
  });

  it('looks up on every request with a lifetime of 0', async () => {
    const lookup = table([record]);
    const check = staffCheck(lookup, 0);
    await check(viewer);
    await check(viewer);
    expect(lookup.calls).toBe(2);
  });

  it('passes a failed lookup on, and does not remember it', async () => {
    let down = true;
    const up = table([record]);
    const check = staffCheck(async (id) => {
      if (down) throw new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'The graph database is unavailable; try again shortly.');
      return up(id);
    }, 60_000);
    expect(await refusal(check(viewer))).toBe('SERVICE_UNAVAILABLE: The graph database is unavailable; try again shortly.');
    down = false;
    await expect(check(viewer)).resolves.toEqual(viewer);
  });
});
