import { ClientKind, HoldingStatus } from '../domain/model';
import type { HoldingRow } from './bank-rows';
import type { BankState } from './bank-state';
import { isoDay, REF_DAY } from './calendar';
import { CATALOGUE, INVESTMENTS_BY_TIER_AND_RISK, LAUNCH_DAY, PRODUCT } from './catalogue';
import { organizationId, productId } from './ids';
import { S_ACTIVE, S_CHURNED, S_PROSPECT, T_GOLD, T_PLATINUM, T_RESTRICTED, T_STANDARD } from './person-codes';

/**
 * Every holding of the bank: client firms' first (they decide which firms run
 * payroll with us), then persons'.
 */
export function makeHoldings(bank: BankState): HoldingRow[] {
  const holdings: HoldingRow[] = [];
  const payrollOrgs = new Uint8Array(bank.orgs.length);
  for (let o = 0; o < bank.orgs.length; o++) addOrganizationHoldings(bank, o, holdings, payrollOrgs);
  for (let p = 0; p < bank.n; p++) addPersonHoldings(bank, p, holdings, payrollOrgs);
  return holdings;
}

/** A holding taken out on a day between `fromDay` (or the product's launch, if later) and the day before the reference date. */
function hold(bank: BankState, out: HoldingRow[], kind: ClientKind, holderId: string, product: number, balanceCents: number, status: HoldingStatus, fromDay: number): void {
  const first = Math.min(REF_DAY - 1, Math.max(fromDay, LAUNCH_DAY[product]));
  out.push({ holderKind: kind, holderId, productId: productId(product), balanceCents, since: isoDay(bank.rng.between(first, REF_DAY - 1)), status });
}

/** Up to `count` distinct investments within the person's tier and risk profile; one pick in thirty-three is a level too risky (real life). */
function pickInvestments(bank: BankState, p: number, count: number, tier: number): number[] {
  const { rng } = bank;
  const risk = bank.risk[p];
  const suitable = INVESTMENTS_BY_TIER_AND_RISK[tier][risk - 1];
  const tooRisky = INVESTMENTS_BY_TIER_AND_RISK[tier][Math.min(4, risk)];
  const picked: number[] = [];
  for (let attempt = 0; picked.length < count && attempt < count * 6; attempt++) {
    const list = risk < 5 && rng.chance(0.03) ? tooRisky : suitable;
    let total = 0;
    for (const product of list) total += CATALOGUE[product].popularity;
    let x = rng.next() * total;
    let choice = list[list.length - 1];
    for (const product of list) {
      x -= CATALOGUE[product].popularity;
      if (x < 0) {
        choice = product;
        break;
      }
    }
    if (!picked.includes(choice)) picked.push(choice);
  }
  return picked;
}

/** A person's products; the balances of the ACTIVE asset holdings add up to their AUM exactly. */
function addPersonHoldings(bank: BankState, p: number, out: HoldingRow[], payrollOrgs: Uint8Array): void {
  const { rng } = bank;
  const status = bank.status[p];
  if (status === S_PROSPECT) return;
  const holder = bank.ids[p];
  const since = bank.sinceDay[p];
  const age = bank.age[p];
  if (status === S_CHURNED) {
    hold(bank, out, ClientKind.PERSON, holder, PRODUCT.personAccount, 0, HoldingStatus.CLOSED, since);
    for (const product of pickInvestments(bank, p, rng.between(0, 2), T_STANDARD)) {
      hold(bank, out, ClientKind.PERSON, holder, product, 0, HoldingStatus.CLOSED, since);
    }
    return;
  }
  const tier = bank.tier[p];
  const assets = [PRODUCT.personAccount];
  const weights = [0.3 + rng.next() * 0.7];
  if (bank.employer[p] >= 0 && payrollOrgs[bank.employer[p]] && rng.chance(0.92)) {
    assets.push(PRODUCT.payrollCard);
    weights.push(0.2 + rng.next() * 0.5);
  }
  const investments =
    age < 18 ? (rng.chance(0.3) ? 1 : 0)
    : tier === T_RESTRICTED ? 0
    : tier === T_STANDARD ? (rng.chance(0.4) ? 0 : rng.chance(0.75) ? 1 : 2)
    : tier === T_GOLD ? rng.between(1, 3)
    : tier === T_PLATINUM ? rng.between(2, 5)
    : rng.between(3, 7);
  for (const product of pickInvestments(bank, p, investments, tier)) {
    assets.push(product);
    weights.push(1 + rng.next() * 2);
  }
  const aum = bank.aum[p];
  const total = weights.reduce((sum, w) => sum + w, 0);
  const shares = weights.map((w) => Math.floor((aum * w) / total));
  shares[0] += aum - shares.reduce((sum, share) => sum + share, 0);
  for (let k = 0; k < assets.length; k++) hold(bank, out, ClientKind.PERSON, holder, assets[k], shares[k], HoldingStatus.ACTIVE, since);

  if (age >= 18 && rng.chance(status === S_ACTIVE ? 0.78 : 0.4)) hold(bank, out, ClientKind.PERSON, holder, PRODUCT.mobileBanking, 0, HoldingStatus.ACTIVE, since);
  if (age >= 20 && rng.chance(tier <= T_GOLD ? 0.6 : 0.3)) {
    hold(bank, out, ClientKind.PERSON, holder, tier <= T_GOLD ? PRODUCT.platinumCard : PRODUCT.standardCard, rng.int(3_000_000), HoldingStatus.ACTIVE, since);
  }
  if (age >= 25 && age <= 60 && rng.chance(0.12)) {
    hold(bank, out, ClientKind.PERSON, holder, PRODUCT.mortgage, Math.round(rng.logUniform(200_000, 3_000_000)) * 100, HoldingStatus.ACTIVE, since);
  }
  if ((bank.keyPerson[p] || bank.occupation[p] === '个体工商户') && rng.chance(0.3)) {
    hold(bank, out, ClientKind.PERSON, holder, PRODUCT.businessLoan, Math.round(rng.logUniform(300_000, 5_000_000)) * 100, HoldingStatus.ACTIVE, since);
  }
  // A matured or redeemed product from the past.
  if (status === S_ACTIVE && rng.chance(0.08)) {
    const [product] = pickInvestments(bank, p, 1, tier);
    if (product !== undefined && !assets.includes(product)) hold(bank, out, ClientKind.PERSON, holder, product, 0, HoldingStatus.CLOSED, since);
  }
}

/** Client firms' products: accounts and online banking, and for many payroll, cash management, loans and deposits. */
function addOrganizationHoldings(bank: BankState, o: number, out: HoldingRow[], payrollOrgs: Uint8Array): void {
  const { rng } = bank;
  const org = bank.orgs[o];
  if (!org.isClient) return;
  const holder = organizationId(o, bank.orgs.length);
  const cny = (lo: number, hi: number): number => Math.round(rng.logUniform(lo, hi)) * 100;
  const big = org.large;
  hold(bank, out, ClientKind.ORGANIZATION, holder, PRODUCT.firmAccount, big ? cny(1_000_000, 80_000_000) : cny(20_000, 2_000_000), HoldingStatus.ACTIVE, org.createdDay);
  hold(bank, out, ClientKind.ORGANIZATION, holder, PRODUCT.firmOnline, 0, HoldingStatus.ACTIVE, org.createdDay);
  if (rng.chance(big ? 0.85 : 0.25)) {
    payrollOrgs[o] = 1;
    hold(bank, out, ClientKind.ORGANIZATION, holder, PRODUCT.payrollService, 0, HoldingStatus.ACTIVE, org.createdDay);
  }
  if (rng.chance(big ? 0.75 : 0.05)) {
    hold(bank, out, ClientKind.ORGANIZATION, holder, PRODUCT.cashManagement, big ? cny(5_000_000, 200_000_000) : cny(1_000_000, 10_000_000), HoldingStatus.ACTIVE, org.createdDay);
  }
  if (rng.chance(big ? 0.45 : 0.3)) {
    hold(bank, out, ClientKind.ORGANIZATION, holder, PRODUCT.firmLoan, big ? cny(5_000_000, 100_000_000) : cny(200_000, 5_000_000), HoldingStatus.ACTIVE, org.createdDay);
  }
  if (rng.chance(big ? 0.35 : 0.15)) {
    hold(bank, out, ClientKind.ORGANIZATION, holder, PRODUCT.firmDeposit, big ? cny(1_000_000, 50_000_000) : cny(100_000, 2_000_000), HoldingStatus.ACTIVE, org.createdDay);
  }
}
