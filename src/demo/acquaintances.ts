import { AcquaintanceKind, ReferrerKind } from '../domain/model';
import type { BankState } from './bank-state';
import { Weighted } from './weighted';

/** Mean number of FAMILY + KNOWS ties per person (each tie counted at both ends). */
export const MEAN_TIES_PER_PERSON = 5;

const ACQUAINTANCE_KIND = new Weighted<AcquaintanceKind>([
  [AcquaintanceKind.FRIEND, 40],
  [AcquaintanceKind.NEIGHBOUR, 20],
  [AcquaintanceKind.ALUMNI, 15],
  [AcquaintanceKind.BUSINESS, 15],
  [AcquaintanceKind.ELDER, 10],
]);
const INTRODUCER_TIE_KIND = new Weighted<AcquaintanceKind>([
  [AcquaintanceKind.FRIEND, 45],
  [AcquaintanceKind.BUSINESS, 20],
  [AcquaintanceKind.ALUMNI, 15],
  [AcquaintanceKind.ELDER, 10],
  [AcquaintanceKind.NEIGHBOUR, 10],
]);
/** Typical strength of each kind of acquaintance: [low, high). */
const STRENGTH_RANGE: Readonly<Record<AcquaintanceKind, readonly [number, number]>> = {
  [AcquaintanceKind.FRIEND]: [0.45, 0.95],
  [AcquaintanceKind.ALUMNI]: [0.2, 0.6],
  [AcquaintanceKind.NEIGHBOUR]: [0.1, 0.45],
  [AcquaintanceKind.BUSINESS]: [0.3, 0.8],
  [AcquaintanceKind.ELDER]: [0.5, 1.0],
};

/** `kind` between `a` and `b`, stored once from the smaller id; false when the pair is already tied. */
function addAcquaintance(bank: BankState, a: number, b: number, kind: AcquaintanceKind, boost = 0): boolean {
  if (a === b || !bank.pairs.add(a, b)) return false;
  const [lo, hi] = STRENGTH_RANGE[kind];
  const strength = Math.max(0.05, Math.min(1, Math.round((bank.rng.uniform(lo, hi) + boost) * 100) / 100));
  const from = a < b ? a : b;
  const to = a < b ? b : a;
  bank.acquaintances.push({ fromId: bank.ids[from], toId: bank.ids[to], kind, strength });
  return true;
}

/** Introductions run along real ties ("熟人介绍"): most client referrers know their referee. */
export function tieReferrersToReferees(bank: BankState): void {
  for (const draft of bank.drafts) {
    if (draft.kind === ReferrerKind.PERSON && !bank.pairs.has(draft.referrer, draft.referee) && bank.rng.chance(0.85)) {
      addAcquaintance(bank, draft.referrer, draft.referee, INTRODUCER_TIE_KIND.sample(bank.rng), 0.1);
    }
  }
}

/** Owners and executives know each other across firms. */
export function tieBusinessPartners(bank: BankState): void {
  const keyPeople: number[] = [];
  for (let p = 0; p < bank.n; p++) if (bank.keyPerson[p]) keyPeople.push(p);
  if (keyPeople.length < 2) return;
  for (const p of keyPeople) {
    for (let k = bank.rng.between(1, 2); k > 0; k--) {
      const q = bank.rng.pick(keyPeople);
      if (bank.employer[q] !== bank.employer[p]) addAcquaintance(bank, p, q, AcquaintanceKind.BUSINESS);
    }
  }
}

/**
 * Tops acquaintances up until FAMILY + KNOWS reach {@link MEAN_TIES_PER_PERSON}
 * per person on average. Each person has a heavy-tailed sociability
 * (Pareto), endpoints are drawn in proportion to it (Chung–Lu), mostly
 * within the branch's area: neighbours live a few doors away, alumni are of
 * an age, elders are fifteen years older, business ties are often colleagues.
 */
export function fillAcquaintances(bank: BankState): void {
  const { rng, n } = bank;
  const target = Math.round((n * MEAN_TIES_PER_PERSON) / 2) - bank.familyTies.length - bank.acquaintances.length;
  if (target <= 0 || n < 2) return;
  const cumulative = new Float64Array(n + 1);
  for (let p = 0; p < n; p++) {
    let w = Math.min(40, Math.pow(1 - rng.next(), -1 / 1.6));
    if (bank.age[p] < 16) w *= 0.3;
    else if (bank.age[p] >= 75) w *= 0.5;
    if (bank.influence[p]) w *= 4;
    cumulative[p + 1] = cumulative[p] + w;
  }
  const sampleIn = (lo: number, hi: number): number => {
    const x = cumulative[lo] + rng.next() * (cumulative[hi] - cumulative[lo]);
    let a = lo;
    let b = hi - 1;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if (cumulative[mid + 1] > x) b = mid;
      else a = mid + 1;
    }
    return a;
  };
  const { orgStart, orgMembers } = membersByOrganization(bank);

  let added = 0;
  for (let attempt = 0; added < target && attempt < target * 20; attempt++) {
    const u = sampleIn(0, n);
    const kind = ACQUAINTANCE_KIND.sample(rng);
    const b = bank.branch[u];
    let lo = bank.branchStart[b];
    let hi = bank.branchStart[b + 1];
    if (hi - lo < 2) [lo, hi] = [0, n];
    let v = -1;
    switch (kind) {
      case AcquaintanceKind.NEIGHBOUR:
        v = u + rng.between(2, 80) * (rng.chance(0.5) ? 1 : -1);
        if (v < 0 || v >= n || (bank.household[v] >= 0 && bank.household[v] === bank.household[u])) v = -1;
        break;
      case AcquaintanceKind.FRIEND:
        v = rng.chance(0.85) ? sampleIn(lo, hi) : sampleIn(0, n);
        if (Math.abs(bank.age[u] - bank.age[v]) > 20) v = -1;
        break;
      case AcquaintanceKind.ALUMNI:
        for (let k = 0; k < 4 && v < 0; k++) {
          const w = sampleIn(lo, hi);
          if (Math.abs(bank.age[u] - bank.age[w]) <= 3 && bank.age[w] >= 18 && bank.age[u] >= 18) v = w;
        }
        break;
      case AcquaintanceKind.BUSINESS: {
        const org = bank.employer[u];
        v = org >= 0 && rng.chance(0.6) ? orgMembers[orgStart[org] + rng.int(orgStart[org + 1] - orgStart[org])] : sampleIn(lo, hi);
        if (bank.age[u] < 22 || bank.age[v] < 22) v = -1;
        break;
      }
      case AcquaintanceKind.ELDER:
        for (let k = 0; k < 4 && v < 0; k++) {
          const w = sampleIn(lo, hi);
          if (Math.abs(bank.age[u] - bank.age[w]) >= 15 && Math.min(bank.age[u], bank.age[w]) >= 16) v = w;
        }
        break;
      default: {
        const unexpected: never = kind;
        throw new Error(`Unknown acquaintance kind ${String(unexpected)}`);
      }
    }
    if (v < 0 || v === u) continue;
    // Children know children (and their neighbours), not strangers' adults.
    if (Math.min(bank.age[u], bank.age[v]) < 16 && kind !== AcquaintanceKind.NEIGHBOUR && Math.abs(bank.age[u] - bank.age[v]) > 3) continue;
    if (addAcquaintance(bank, u, v, kind)) added++;
  }
}

/** Employees grouped by firm: those of firm `o` are `orgMembers[orgStart[o]]` up to `orgMembers[orgStart[o + 1]]`. */
function membersByOrganization(bank: BankState): { orgStart: Int32Array; orgMembers: Int32Array } {
  const orgStart = new Int32Array(bank.orgs.length + 1);
  for (let p = 0; p < bank.n; p++) if (bank.employer[p] >= 0) orgStart[bank.employer[p] + 1]++;
  for (let o = 0; o < bank.orgs.length; o++) orgStart[o + 1] += orgStart[o];
  const fill = orgStart.slice(0, bank.orgs.length);
  const orgMembers = new Int32Array(orgStart[bank.orgs.length]);
  for (let p = 0; p < bank.n; p++) if (bank.employer[p] >= 0) orgMembers[fill[bank.employer[p]]++] = p;
  return { orgStart, orgMembers };
}
