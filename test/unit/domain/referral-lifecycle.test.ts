import { PersonStatus, ReferralStatus, ReferrerKind, UserErrorCode } from '../../../src/domain/model';
import { allowedTransitions, statusAfterConversion, transitionRefusal } from '../../../src/domain/referral-lifecycle';
import { creationRefusals, isAttributable } from '../../../src/domain/referral-rules';

const { NEW, CONTACTED, QUALIFIED, CONVERTED, DECLINED, EXPIRED } = ReferralStatus;

describe('the referral lifecycle', () => {
  it('allows exactly the steps of docs/rules.md (Referral lifecycle)', () => {
    const table = Object.fromEntries(Object.values(ReferralStatus).map((from) => [from, allowedTransitions(from)]));
    expect(table).toEqual({
      NEW: [CONTACTED, DECLINED, EXPIRED],
      CONTACTED: [QUALIFIED, DECLINED, EXPIRED],
      QUALIFIED: [CONVERTED, DECLINED, EXPIRED],
      CONVERTED: [],
      DECLINED: [],
      EXPIRED: [],
    });
  });

  it('explains a refused transition', () => {
    expect(transitionRefusal(NEW, QUALIFIED)).toBe('A NEW referral can move to CONTACTED, DECLINED or EXPIRED, not to QUALIFIED.');
    expect(transitionRefusal(CONVERTED, DECLINED)).toBe('A CONVERTED referral is closed; it cannot move to DECLINED.');
    expect(transitionRefusal(CONTACTED, CONTACTED)).toBe(
      'A CONTACTED referral can move to QUALIFIED, DECLINED or EXPIRED, not to CONTACTED.',
    );
    expect(transitionRefusal(QUALIFIED, CONVERTED)).toBeNull();
  });

  it('makes every referee an active client on conversion', () => {
    expect(Object.values(PersonStatus).map(statusAfterConversion)).toEqual(Object.values(PersonStatus).map(() => PersonStatus.ACTIVE));
  });
});

describe('referral creation rules', () => {
  const fine = { referrerFound: true, refereeStatus: PersonStatus.PROSPECT, assigneeFound: null, openDuplicateId: null };
  const request = { referrerKind: ReferrerKind.PERSON, referrerId: 'p1', refereeId: 'p2', assignedStaffId: null };

  it('accepts a referral of a prospect by a known client', () => {
    expect(creationRefusals(request, fine)).toEqual([]);
  });

  it('lists every broken rule with its field and code', () => {
    const errors = creationRefusals(
      { ...request, refereeId: 'p1', assignedStaffId: 's9' },
      { referrerFound: false, refereeStatus: PersonStatus.ACTIVE, assigneeFound: false, openDuplicateId: 'r7' },
    );
    expect(errors.map((e) => [e.field, e.code])).toEqual([
      ['refereeId', UserErrorCode.SELF_REFERRAL],
      ['referrerId', UserErrorCode.NOT_FOUND],
      ['refereeId', UserErrorCode.REFEREE_ALREADY_CLIENT],
      ['assignedStaffId', UserErrorCode.NOT_FOUND],
      ['refereeId', UserErrorCode.DUPLICATE_OPEN_REFERRAL],
    ]);
  });

  it('lets a staff member and a client share an id without calling it self-referral', () => {
    expect(creationRefusals({ ...request, referrerKind: ReferrerKind.STAFF, referrerId: 'p2' }, fine)).toEqual([]);
  });

  it('attributes only a first conversion that closes no cycle', () => {
    expect(
      [
        [false, false],
        [true, false],
        [false, true],
      ].map(([refereeAlreadyAttributed, wouldCloseCycle]) => isAttributable({ refereeAlreadyAttributed, wouldCloseCycle })),
    ).toEqual([true, false, false]);
  });
});
