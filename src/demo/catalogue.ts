import { ProductCategory } from '../domain/model';
import type { ProductRow } from './bank-rows';
import { DAY_MS } from './calendar';
import { productId } from './ids';
import { RISKS, T_GOLD, T_PLATINUM, TIERS } from './person-codes';

/** A product the demo bank sells, to persons or to firms, and who may buy it. */
interface CatalogueEntry {
  name: string;
  category: ProductCategory;
  risk: number;
  /** Who may hold it. */
  audience: 'PERSON' | 'ORGANIZATION';
  /** Lowest tier index it is sold to (0 = DIAMOND … 4 = RESTRICTED). */
  maxTier: number;
  launched: string;
  /** Relative popularity among the investments a client picks. */
  popularity: number;
}

export const CATALOGUE: readonly CatalogueEntry[] = [
  { name: '个人活期储蓄账户', category: ProductCategory.CURRENT_ACCOUNT, risk: 1, audience: 'PERSON', maxTier: 4, launched: '2000-01-01', popularity: 0 },
  { name: '单位基本存款账户', category: ProductCategory.CURRENT_ACCOUNT, risk: 1, audience: 'ORGANIZATION', maxTier: 4, launched: '2000-01-01', popularity: 0 },
  { name: '一年期整存整取定期存款', category: ProductCategory.TERM_DEPOSIT, risk: 1, audience: 'PERSON', maxTier: 4, launched: '2000-01-01', popularity: 4 },
  { name: '三年期整存整取定期存款', category: ProductCategory.TERM_DEPOSIT, risk: 1, audience: 'PERSON', maxTier: 4, launched: '2000-01-01', popularity: 3 },
  { name: '个人大额存单', category: ProductCategory.TERM_DEPOSIT, risk: 1, audience: 'PERSON', maxTier: T_GOLD, launched: '2015-06-15', popularity: 3 },
  { name: '单位定期存款', category: ProductCategory.TERM_DEPOSIT, risk: 1, audience: 'ORGANIZATION', maxTier: 4, launched: '2000-01-01', popularity: 0 },
  { name: '稳健理财30天', category: ProductCategory.WEALTH_MANAGEMENT, risk: 2, audience: 'PERSON', maxTier: 4, launched: '2018-03-01', popularity: 4 },
  { name: '季季盈开放式理财', category: ProductCategory.WEALTH_MANAGEMENT, risk: 2, audience: 'PERSON', maxTier: 4, launched: '2019-01-10', popularity: 3 },
  { name: '固收增强180天', category: ProductCategory.WEALTH_MANAGEMENT, risk: 3, audience: 'PERSON', maxTier: T_GOLD, launched: '2020-05-20', popularity: 3 },
  { name: '私行尊享混合策略理财', category: ProductCategory.WEALTH_MANAGEMENT, risk: 4, audience: 'PERSON', maxTier: T_PLATINUM, launched: '2021-02-01', popularity: 2 },
  { name: '雪球结构化收益凭证', category: ProductCategory.WEALTH_MANAGEMENT, risk: 5, audience: 'PERSON', maxTier: T_PLATINUM, launched: '2022-07-01', popularity: 1 },
  { name: '日日宝货币基金', category: ProductCategory.FUND, risk: 1, audience: 'PERSON', maxTier: 4, launched: '2014-03-01', popularity: 4 },
  { name: '安心纯债债券基金', category: ProductCategory.FUND, risk: 2, audience: 'PERSON', maxTier: 4, launched: '2016-09-01', popularity: 2 },
  { name: '沪深300指数基金', category: ProductCategory.FUND, risk: 3, audience: 'PERSON', maxTier: 4, launched: '2012-05-28', popularity: 3 },
  { name: '科技创新混合基金', category: ProductCategory.FUND, risk: 4, audience: 'PERSON', maxTier: 4, launched: '2019-11-11', popularity: 2 },
  { name: '新能源行业股票基金', category: ProductCategory.FUND, risk: 4, audience: 'PERSON', maxTier: 4, launched: '2020-08-18', popularity: 2 },
  { name: '量化对冲私募基金', category: ProductCategory.FUND, risk: 5, audience: 'PERSON', maxTier: T_PLATINUM, launched: '2021-06-01', popularity: 1 },
  { name: '鑫享年金保险', category: ProductCategory.INSURANCE, risk: 1, audience: 'PERSON', maxTier: 4, launched: '2015-01-01', popularity: 2 },
  { name: '终身寿险（分红型）', category: ProductCategory.INSURANCE, risk: 2, audience: 'PERSON', maxTier: T_GOLD, launched: '2013-04-01', popularity: 1.5 },
  { name: '投资连结保险', category: ProductCategory.INSURANCE, risk: 4, audience: 'PERSON', maxTier: T_GOLD, launched: '2017-10-01', popularity: 1 },
  { name: '实物投资金条', category: ProductCategory.PRECIOUS_METALS, risk: 2, audience: 'PERSON', maxTier: 4, launched: '2010-01-01', popularity: 1 },
  { name: '积存金', category: ProductCategory.PRECIOUS_METALS, risk: 3, audience: 'PERSON', maxTier: 4, launched: '2016-01-01', popularity: 1.5 },
  { name: '黄金T+D延期交易', category: ProductCategory.PRECIOUS_METALS, risk: 5, audience: 'PERSON', maxTier: 4, launched: '2008-06-01', popularity: 0.5 },
  { name: '标准信用卡', category: ProductCategory.CREDIT_CARD, risk: 1, audience: 'PERSON', maxTier: 4, launched: '2005-01-01', popularity: 0 },
  { name: '白金信用卡', category: ProductCategory.CREDIT_CARD, risk: 1, audience: 'PERSON', maxTier: T_GOLD, launched: '2009-01-01', popularity: 0 },
  { name: '个人住房贷款', category: ProductCategory.LOAN, risk: 1, audience: 'PERSON', maxTier: 4, launched: '2000-01-01', popularity: 0 },
  { name: '个人经营贷款', category: ProductCategory.LOAN, risk: 1, audience: 'PERSON', maxTier: 4, launched: '2012-01-01', popularity: 0 },
  { name: '流动资金贷款', category: ProductCategory.LOAN, risk: 1, audience: 'ORGANIZATION', maxTier: 4, launched: '2000-01-01', popularity: 0 },
  { name: '代发工资卡', category: ProductCategory.PAYROLL_CARD, risk: 1, audience: 'PERSON', maxTier: 4, launched: '2003-01-01', popularity: 0 },
  { name: '企业代发工资服务', category: ProductCategory.PAYROLL_SERVICE, risk: 1, audience: 'ORGANIZATION', maxTier: 4, launched: '2003-01-01', popularity: 0 },
  { name: '企业现金管理平台', category: ProductCategory.CASH_MANAGEMENT, risk: 1, audience: 'ORGANIZATION', maxTier: 4, launched: '2011-01-01', popularity: 0 },
  { name: '手机银行', category: ProductCategory.DIGITAL_BANKING, risk: 1, audience: 'PERSON', maxTier: 4, launched: '2012-01-01', popularity: 0 },
  { name: '企业网上银行', category: ProductCategory.DIGITAL_BANKING, risk: 1, audience: 'ORGANIZATION', maxTier: 4, launched: '2006-01-01', popularity: 0 },
];

function productIndex(name: string): number {
  const index = CATALOGUE.findIndex((entry) => entry.name === name);
  if (index < 0) throw new Error(`No product named ${name} in the demo catalogue`);
  return index;
}

export const PRODUCT = {
  personAccount: productIndex('个人活期储蓄账户'),
  firmAccount: productIndex('单位基本存款账户'),
  firmDeposit: productIndex('单位定期存款'),
  standardCard: productIndex('标准信用卡'),
  platinumCard: productIndex('白金信用卡'),
  mortgage: productIndex('个人住房贷款'),
  businessLoan: productIndex('个人经营贷款'),
  firmLoan: productIndex('流动资金贷款'),
  payrollCard: productIndex('代发工资卡'),
  payrollService: productIndex('企业代发工资服务'),
  cashManagement: productIndex('企业现金管理平台'),
  mobileBanking: productIndex('手机银行'),
  firmOnline: productIndex('企业网上银行'),
};
export const LAUNCH_DAY = CATALOGUE.map((entry) => Date.parse(`${entry.launched}T00:00:00Z`) / DAY_MS);

/** Investments a person may pick, by [tier][highest risk allowed]. */
export const INVESTMENTS_BY_TIER_AND_RISK: number[][][] = TIERS.map((_, tier) =>
  RISKS.map((_r, riskIndex) =>
    CATALOGUE.flatMap((entry, index) =>
      entry.audience === 'PERSON' && entry.popularity > 0 && tier <= entry.maxTier && entry.risk <= riskIndex + 1 ? [index] : [],
    ),
  ),
);

/** The catalogue as rows; a product's record starts at 09:00 Beijing time on its launch day. */
export function makeProductRows(): ProductRow[] {
  return CATALOGUE.map((entry, index): ProductRow => {
    const launched = `${entry.launched}T01:00:00.000Z`;
    return { id: productId(index), name: entry.name, category: entry.category, riskLevel: RISKS[entry.risk - 1], createdAt: launched, updatedAt: launched };
  });
}
