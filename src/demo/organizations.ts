import type { OrganizationRow } from './bank-rows';
import type { BankState } from './bank-state';
import { FIRST_CLIENT_DAY, isoInstant, REF_DAY, REFERRAL_WINDOW_DAYS } from './calendar';
import { organizationId } from './ids';
import {
  CITIES,
  LARGE_FIRM_KEY_TITLES,
  LARGE_FIRM_TITLES,
  OCCUPATION_OF_TITLE,
  SMALL_FIRM_TITLES,
  TRADE_INDUSTRY,
  TRADES,
  VOCABULARY,
} from './vocabulary';

/**
 * A few large corporate clients with many employees; many small firms with
 * their owners. Staff are hired mostly from the firm's home branch, aged
 * 22–62; a large firm's first hires are its executives, a small firm's its
 * legal representative and sometimes a partner.
 */
export function makeEmployers(bank: BankState): void {
  const { rng, n } = bank;
  const large = Math.max(2, Math.round(n / 700));
  const small = Math.max(5, Math.round(n / 30));
  for (let o = 0; o < large + small; o++) {
    const orgId = organizationId(o, large + small);
    const isLarge = o < large;
    const home = rng.int(bank.branchCount);
    const trade = rng.pick(TRADES);
    const stem = rng.pick(VOCABULARY.genericNames);
    const name = isLarge
      ? `${CITIES[bank.branchCity[home]].short}${stem}${trade}${rng.chance(0.5) ? '集团有限公司' : '股份有限公司'}`
      : `${CITIES[bank.branchCity[home]].short}${stem}${trade}有限公司`;
    const isClient = isLarge ? rng.chance(0.9) : rng.chance(0.35);
    bank.orgs.push({ name, industry: TRADE_INDUSTRY[trade] ?? '其他', large: isLarge, branch: home, isClient, createdDay: rng.between(FIRST_CLIENT_DAY - 3000, REF_DAY - REFERRAL_WINDOW_DAYS - 120) });
    const target = isLarge ? rng.between(40, 160) : rng.between(2, 12);
    let hired = 0;
    const local = bank.branchStart[home + 1] - bank.branchStart[home];
    for (let attempt = 0; attempt < target * 6 && hired < target; attempt++) {
      const p = local > 0 && rng.chance(0.75) ? bank.branchStart[home] + rng.int(local) : rng.int(n);
      if (bank.employer[p] >= 0 || bank.age[p] < 22 || bank.age[p] > 62) continue;
      let title: string;
      let key: boolean;
      if (isLarge) {
        title = hired < LARGE_FIRM_KEY_TITLES.length ? LARGE_FIRM_KEY_TITLES[hired] : LARGE_FIRM_TITLES.sample(rng);
        key = hired < LARGE_FIRM_KEY_TITLES.length || (title === '部门经理' && rng.chance(0.25));
      } else {
        title = hired === 0 ? '法定代表人' : hired === 1 && rng.chance(0.3) ? '合伙人' : SMALL_FIRM_TITLES.sample(rng);
        key = title === '法定代表人' || title === '合伙人';
      }
      bank.employer[p] = o;
      bank.keyPerson[p] = key ? 1 : 0;
      bank.occupation[p] = OCCUPATION_OF_TITLE[title] ?? '企业职员';
      bank.employments.push({ personId: bank.ids[p], organizationId: orgId, title, keyPerson: key });
      hired++;
    }
  }
}

/** The firms as rows: headcount from the employees on file (a large firm employs many more), registered capital sometimes unknown. */
export function makeOrganizationRows(bank: BankState): OrganizationRow[] {
  const { rng, n } = bank;
  const orgCount = bank.orgs.length;
  const employees = new Int32Array(orgCount);
  for (let p = 0; p < n; p++) if (bank.employer[p] >= 0) employees[bank.employer[p]]++;
  return bank.orgs.map((org, o): OrganizationRow => {
    const created = isoInstant(rng.businessTime(org.createdDay));
    const capital = rng.chance(0.1) ? null : Math.round(org.large ? rng.logUniform(5_000, 100_000) : rng.logUniform(10, 1_000)) * 1_000_000;
    return {
      id: organizationId(o, orgCount),
      name: org.name,
      industry: org.industry,
      employeeCount: org.large ? Math.max(300, employees[o] * rng.between(5, 20)) : employees[o] + rng.between(0, 20),
      registeredCapitalCents: capital,
      isClient: org.isClient,
      createdAt: created,
      updatedAt: created,
    };
  });
}
