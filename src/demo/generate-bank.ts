import { zh_CN } from '@faker-js/faker';
import {
  AcquaintanceKind,
  ClientTier,
  FamilyKind,
  Gender,
  HoldingStatus,
  HouseholdRole,
  PersonStatus,
  ProductCategory,
  ProspectGrade,
  ReferralChannel,
  ReferralStatus,
  ReferrerKind,
  RewardStatus,
  RiskLevel,
  StaffRole,
} from '../domain/model';
import { inverseFamilyKind } from '../domain/ties';

/**
 * The demo bank: a seeded, deterministic generator of a retail branch network
 * with its clients, households, employers, acquaintances, products, holdings
 * and referral forests, shaped after DOMAIN.md. Pure: no I/O, no clock, no
 * Math.random — the same `{ persons, seed }` always gives the same rows.
 *
 * Conventions of the rows (the importer turns them into the graph of
 * cypher/MODEL.md, property for property):
 * - ids are zero-padded (`P0000042`), so string order is numeric order and
 *   a FAMILY/KNOWS pair is stored once, `fromId < toId`;
 * - money is whole fen as a JS number (exact: every amount is far below 2^53);
 *   the importer sends it as a 64-bit integer;
 * - instants are ISO-8601 UTC strings, calendar days "YYYY-MM-DD"; every date
 *   is at or before the fixed reference date {@link DEMO_REFERENCE_DATE};
 * - a client's `aumCents` is the sum of the balances of their ACTIVE holdings
 *   of asset products (accounts, deposits, wealth products, funds, insurance,
 *   metals); loans and credit cards carry the amount owed, outside AUM.
 *
 * @example const bank = generateBank({ persons: 2000, seed: 20261123 });
 *   bank.persons[0].name // a Chinese name such as "王伟"
 */

// ---------------------------------------------------------------- rows

export interface BranchRow { id: string; name: string; city: string; createdAt: string; updatedAt: string }
export interface StaffRow { id: string; name: string; role: StaffRole; branchId: string; createdAt: string; updatedAt: string }
export interface PersonRow {
  id: string;
  name: string;
  status: PersonStatus;
  tier: ClientTier | null;
  prospectGrade: ProspectGrade | null;
  aumCents: number;
  riskProfile: RiskLevel;
  satisfaction: number | null;
  gender: Gender;
  birthDate: string;
  phone: string;
  email: string | null;
  address: string;
  occupation: string;
  lastContactAt: string | null;
  introductionsOptOut: boolean;
  createdAt: string;
  updatedAt: string;
}
export interface HouseholdRow { id: string; name: string; address: string; createdAt: string; updatedAt: string }
export interface MembershipRow { personId: string; householdId: string; role: HouseholdRole }
export interface OrganizationRow {
  id: string;
  name: string;
  industry: string;
  employeeCount: number;
  registeredCapitalCents: number | null;
  isClient: boolean;
  createdAt: string;
  updatedAt: string;
}
export interface EmploymentRow { personId: string; organizationId: string; title: string; keyPerson: boolean }
/** Stored once per pair, `fromId < toId`; `kind` is what `toId` is to `fromId` (cypher/MODEL.md). */
export interface FamilyTieRow { fromId: string; toId: string; kind: FamilyKind }
/** Stored once per pair, `fromId < toId`; strength in (0, 1]. */
export interface AcquaintanceRow { fromId: string; toId: string; kind: AcquaintanceKind; strength: number }
export interface ProductRow { id: string; name: string; category: ProductCategory; riskLevel: RiskLevel; createdAt: string; updatedAt: string }
export type ClientKind = 'PERSON' | 'ORGANIZATION';
export interface HoldingRow { holderKind: ClientKind; holderId: string; productId: string; balanceCents: number; since: string; status: HoldingStatus }
export interface ManagedByRow { clientKind: ClientKind; clientId: string; staffId: string; since: string }
export interface ReferralRow {
  id: string;
  referrerKind: ReferrerKind;
  referrerId: string;
  refereeId: string;
  assignedStaffId: string | null;
  status: ReferralStatus;
  channel: ReferralChannel;
  note: string | null;
  attributed: boolean;
  rewardStatus: RewardStatus;
  createdAt: string;
  updatedAt: string;
  contactedAt: string | null;
  qualifiedAt: string | null;
  convertedAt: string | null;
  closedAt: string | null;
}

export interface GeneratedBank {
  seed: number;
  referenceDate: string;
  branches: BranchRow[];
  staff: StaffRow[];
  persons: PersonRow[];
  households: HouseholdRow[];
  memberships: MembershipRow[];
  organizations: OrganizationRow[];
  employments: EmploymentRow[];
  familyTies: FamilyTieRow[];
  acquaintances: AcquaintanceRow[];
  products: ProductRow[];
  holdings: HoldingRow[];
  managedBy: ManagedByRow[];
  referrals: ReferralRow[];
}

/** Every date in the demo bank is at or before this day; nothing reads the clock. */
export const DEMO_REFERENCE_DATE = '2026-11-01';

// ------------------------------------------------------ time and chance

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const REF_DAY = Date.parse(`${DEMO_REFERENCE_DATE}T00:00:00Z`) / DAY_MS;
const REF_MS = REF_DAY * DAY_MS;
const FIRST_CLIENT_DAY = Date.parse('2005-01-01T00:00:00Z') / DAY_MS;
/** A client refers only once settled in; also keeps conversion times rising down every chain. */
const REFERRER_SETTLING_DAYS = 60;
/** Referral conversions fall in the last five years. */
const REFERRAL_WINDOW_DAYS = 5 * 365;
/** Mean number of FAMILY + KNOWS ties per person (each tie counted at both ends). */
const MEAN_TIES_PER_PERSON = 5;

/*
 * ISO strings from caches: a million people share a few tens of thousands of
 * calendar days and 86,400 clock times, so each instant is one concatenation
 * of two shared strings instead of a Date and a fresh string.
 */
const DAY_CACHE_OFFSET = 60_000; // days before 1970-01-01 the cache covers (back to 1805)
const dayStrings: string[] = [];
const dayPrefixes: string[] = [];
const clockStrings: string[] = [];

/** "YYYY-MM-DD" of a day number (days since 1970-01-01). */
function isoDay(day: number): string {
  const slot = day + DAY_CACHE_OFFSET;
  return dayStrings[slot] ?? (dayStrings[slot] = new Date(day * DAY_MS).toISOString().slice(0, 10));
}

/** "YYYY-MM-DDTHH:MM:SS.000Z" of an instant in ms, as `Date.prototype.toISOString` writes it. */
function isoInstant(ms: number): string {
  if (ms % 1000 !== 0) return new Date(ms).toISOString();
  const day = Math.floor(ms / DAY_MS);
  const second = (ms - day * DAY_MS) / 1000;
  const slot = day + DAY_CACHE_OFFSET;
  const prefix = dayPrefixes[slot] ?? (dayPrefixes[slot] = `${isoDay(day)}T`);
  const clock = clockStrings[second] ?? (clockStrings[second] = new Date(second * 1000).toISOString().slice(11));
  return prefix + clock;
}

/**
 * sfc32 (Chris Doty-Humphrey's small fast counter), seeded through splitmix32
 * so any safe integer — negative or above 2^32 — gives a well-mixed state.
 */
class Random {
  private a = 0;
  private b = 0;
  private c = 0;
  private d = 0;

  constructor(seed: number) {
    let state = ((seed >>> 0) ^ Math.imul(Math.floor(seed / 0x1_0000_0000) | 0, 0x9e3779b9)) | 0;
    const words: number[] = [];
    for (let i = 0; i < 4; i++) {
      state = (state + 0x9e3779b9) | 0;
      let z = state;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      words.push((z ^ (z >>> 16)) | 0);
    }
    [this.a, this.b, this.c, this.d] = words;
    for (let i = 0; i < 15; i++) this.next();
  }

  /** Uniform in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) + t;
    this.c |= 0;
    return (t >>> 0) / 4_294_967_296;
  }

  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Integer in [lo, hi]. */
  between(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }

  uniform(lo: number, hi: number): number {
    return lo + this.next() * (hi - lo);
  }

  /** Log-uniform in [lo, hi): as many amounts in each decade. */
  logUniform(lo: number, hi: number): number {
    return lo * Math.pow(hi / lo, this.next());
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  /** A random duration below `maxMs`, in whole seconds. */
  millis(maxMs: number): number {
    return this.int(maxMs / 1000) * 1000;
  }

  /** A random time of a business day (09:00–17:30 Beijing time, 01:00–09:30 UTC), in ms. */
  businessTime(day: number): number {
    return day * DAY_MS + HOUR_MS + this.int(8.5 * 3600) * 1000;
  }
}

/** A fixed discrete distribution. */
class Weighted<T> {
  private readonly values: T[];
  private readonly cumulative: number[];

  constructor(entries: ReadonlyArray<readonly [T, number]>) {
    this.values = entries.map(([value]) => value);
    let sum = 0;
    this.cumulative = entries.map(([, weight]) => (sum += weight));
  }

  sample(rng: Random): T {
    const x = rng.next() * this.cumulative[this.cumulative.length - 1];
    let i = 0;
    while (this.cumulative[i] <= x) i++;
    return this.values[i];
  }
}

/** Unordered pairs of person indices, for "no two ties between the same two people"; open addressing over a Float64Array. */
class PairSet {
  private keys: Float64Array;
  private count = 0;

  constructor(
    private readonly n: number,
    expected: number,
  ) {
    let capacity = 1024;
    while (capacity < expected * 2) capacity *= 2;
    this.keys = new Float64Array(capacity);
  }

  has(a: number, b: number): boolean {
    const key = this.key(a, b);
    const mask = this.keys.length - 1;
    for (let slot = this.slot(a, b) & mask; ; slot = (slot + 1) & mask) {
      if (this.keys[slot] === key) return true;
      if (this.keys[slot] === 0) return false;
    }
  }

  /** Adds the pair; false if it was there already. */
  add(a: number, b: number): boolean {
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    const key = this.key(a, b);
    const mask = this.keys.length - 1;
    for (let slot = this.slot(a, b) & mask; ; slot = (slot + 1) & mask) {
      if (this.keys[slot] === key) return false;
      if (this.keys[slot] === 0) {
        this.keys[slot] = key;
        this.count++;
        return true;
      }
    }
  }

  private key(a: number, b: number): number {
    return a < b ? a * this.n + b + 1 : b * this.n + a + 1;
  }

  private slot(a: number, b: number): number {
    const lo = a < b ? a : b;
    const hi = a < b ? b : a;
    let h = Math.imul(lo, 0x9e3779b1) ^ Math.imul(hi + 0x7f4a7c15, 0x85ebca77);
    h ^= h >>> 15;
    return Math.imul(h, 0x2c1b3c6d) >>> 0;
  }

  private grow(): void {
    const old = this.keys;
    this.keys = new Float64Array(old.length * 2);
    const mask = this.keys.length - 1;
    for (const key of old) {
      if (key === 0) continue;
      const lo = Math.floor((key - 1) / this.n);
      const hi = key - 1 - lo * this.n;
      let slot = this.slot(lo, hi) & mask;
      while (this.keys[slot] !== 0) slot = (slot + 1) & mask;
      this.keys[slot] = key;
    }
  }
}

function idFormat(prefix: string, count: number, minWidth: number): (index: number) => string {
  const width = Math.max(minWidth, String(count).length);
  return (index) => prefix + String(index + 1).padStart(width, '0');
}

// ------------------------------------------------------------ vocabulary

function listOf(value: unknown, what: string): string[] {
  if (!Array.isArray(value) || value.length === 0 || !value.every((item) => typeof item === 'string')) {
    throw new Error(`faker's zh_CN locale has no ${what}; the demo bank draws its names from it`);
  }
  return value as string[];
}

/** Names, streets and firms come from faker's zh_CN locale; frequencies of surnames from China's census. */
const VOCABULARY = {
  rareSurnames: listOf(zh_CN.person?.last_name?.generic, 'person.last_name.generic'),
  maleNames: listOf(zh_CN.person?.first_name?.male, 'person.first_name.male'),
  femaleNames: listOf(zh_CN.person?.first_name?.female, 'person.first_name.female'),
  genericNames: listOf(zh_CN.person?.first_name?.generic, 'person.first_name.generic'),
  streets: listOf(zh_CN.location?.street_name, 'location.street_name'),
  firmTrades: listOf(zh_CN.company?.category, 'company.category'),
  emailDomains: listOf(zh_CN.internet?.free_email, 'internet.free_email').filter((domain) => !domain.includes('yahoo')),
};

/** The commonest surnames, drawn three times in four, as in the population. */
const COMMON_SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡',
  '郭', '何', '高', '林', '罗', '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹',
];

const CITIES: ReadonlyArray<{ city: string; short: string; districts: readonly string[] }> = [
  { city: '上海市', short: '上海', districts: ['浦东新区', '徐汇区', '静安区', '黄浦区', '长宁区', '闵行区', '杨浦区', '普陀区'] },
  { city: '杭州市', short: '杭州', districts: ['西湖区', '滨江区', '上城区', '拱墅区', '余杭区', '萧山区'] },
  { city: '南京市', short: '南京', districts: ['鼓楼区', '玄武区', '建邺区', '秦淮区', '江宁区'] },
  { city: '苏州市', short: '苏州', districts: ['姑苏区', '工业园区', '吴中区', '相城区'] },
  { city: '宁波市', short: '宁波', districts: ['海曙区', '鄞州区', '江北区'] },
  { city: '北京市', short: '北京', districts: ['朝阳区', '海淀区', '西城区', '东城区', '丰台区'] },
  { city: '深圳市', short: '深圳', districts: ['福田区', '南山区', '罗湖区', '宝安区'] },
  { city: '广州市', short: '广州', districts: ['天河区', '越秀区', '海珠区', '番禺区'] },
  { city: '成都市', short: '成都', districts: ['锦江区', '武侯区', '青羊区', '高新区'] },
  { city: '武汉市', short: '武汉', districts: ['江汉区', '武昌区', '洪山区', '江岸区'] },
];

const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156',
  '157', '158', '159', '166', '176', '177', '180', '181', '182', '183', '185', '186', '187', '188', '189', '198', '199',
];

/** A firm's trade (its name says it) and the industry it is filed under; faker's zh_CN trades first. */
const TRADE_INDUSTRY: Readonly<Record<string, string>> = {
  传媒: '文化传媒', 保险: '金融保险', 印刷: '制造业', 建设: '建筑业', 旅游发展: '旅游', 林业: '农林牧渔', 水产: '农林牧渔',
  燃气: '能源', 物流: '交通物流', 电力: '能源', 矿业: '采矿业', 网络科技: '信息技术', 运输: '交通物流', 食品: '食品加工',
  贸易: '批发零售', 餐饮管理: '餐饮住宿', 医疗器械: '医疗健康', 教育科技: '教育培训', 房地产开发: '房地产', 机械制造: '制造业',
};
const TRADES = [...VOCABULARY.firmTrades, '贸易', '餐饮管理', '医疗器械', '教育科技', '房地产开发', '机械制造'];

const OCCUPATIONS = [
  '教师', '医生', '护士', '公务员', '个体工商户', '自由职业者', '律师', '注册会计师', '程序员', '销售人员',
  '出租车司机', '厨师', '设计师', '快递员', '保险代理人', '建筑工人', '家庭主妇', '研究员', '导游', '药剂师',
];

const LARGE_FIRM_KEY_TITLES = ['董事长', '总经理', '财务总监', '人力资源总监'];
const LARGE_FIRM_TITLES = new Weighted<string>([['部门经理', 12], ['工程师', 20], ['会计', 8], ['销售经理', 12], ['行政专员', 8], ['技术员', 15], ['职员', 25]]);
const SMALL_FIRM_TITLES = new Weighted<string>([['店长', 10], ['会计', 12], ['销售', 25], ['员工', 53]]);
const OCCUPATION_OF_TITLE: Readonly<Record<string, string>> = {
  董事长: '企业高管', 总经理: '企业高管', 财务总监: '企业高管', 人力资源总监: '企业高管', 法定代表人: '企业主', 合伙人: '企业主',
  部门经理: '企业管理人员', 工程师: '工程师', 会计: '会计', 销售经理: '销售人员', 销售: '销售人员', 行政专员: '企业职员',
  技术员: '技术员', 职员: '企业职员', 店长: '店长', 员工: '企业职员',
};

const NOTES: Readonly<Record<ReferralChannel, readonly string[]>> = {
  [ReferralChannel.CLIENT_INTRODUCTION]: [
    '老客户介绍的朋友，有一笔定期即将到期', '客户推荐其亲属，希望做家庭资产配置', '客户介绍的生意伙伴，关注企业结算与理财',
    '客户的同学，近期有购房资金需要打理', '客户的邻居，想了解大额存单', '客户主动推荐，已写感谢信并赠送礼券',
  ],
  [ReferralChannel.STAFF_RECOMMENDATION]: [
    '大堂经理填写潜在贵宾客户推荐表', '柜面办理大额转账，识别为潜在贵宾客户', '柜员推荐：咨询大额存单和理财产品',
  ],
  [ReferralChannel.CORPORATE_LINKAGE]: ['公私联动：代发工资单位员工', '企业客户推荐其高管办理私人财富业务', '对公客户财务负责人引荐'],
  [ReferralChannel.EVENT]: ['理财沙龙现场登记', '客户带朋友参加新春答谢会', '社区金融知识讲座报名'],
  [ReferralChannel.DIGITAL]: ['手机银行推荐链接注册', '微信分享活动页登记'],
  [ReferralChannel.OTHER]: ['其他渠道转介'],
};

// -------------------------------------------------------------- products

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

const TIERS = [ClientTier.DIAMOND, ClientTier.PLATINUM, ClientTier.GOLD, ClientTier.STANDARD, ClientTier.RESTRICTED] as const;
const T_DIAMOND = 0, T_PLATINUM = 1, T_GOLD = 2, T_STANDARD = 3, T_RESTRICTED = 4;
/** AUM bounds per tier in CNY (DOMAIN.md: diamond ≥ 5,000,000, platinum ≥ 2,000,000, gold ≥ 200,000, VIP ≥ 10,000). */
const TIER_AUM_CNY: ReadonlyArray<readonly [number, number]> = [
  [5_000_000, 60_000_000],
  [2_000_000, 5_000_000],
  [200_000, 2_000_000],
  [10_000, 200_000],
  [0, 10_000],
];
const RISKS = [RiskLevel.R1, RiskLevel.R2, RiskLevel.R3, RiskLevel.R4, RiskLevel.R5] as const;

const CATALOGUE: readonly CatalogueEntry[] = [
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

const PRODUCT = {
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
const LAUNCH_DAY = CATALOGUE.map((entry) => Date.parse(`${entry.launched}T00:00:00Z`) / DAY_MS);

/** Investments a person may pick, by [tier][highest risk allowed]. */
const INVESTMENTS_BY_TIER_AND_RISK: number[][][] = TIERS.map((_, tier) =>
  RISKS.map((_r, riskIndex) =>
    CATALOGUE.flatMap((entry, index) =>
      entry.audience === 'PERSON' && entry.popularity > 0 && tier <= entry.maxTier && entry.risk <= riskIndex + 1 ? [index] : [],
    ),
  ),
);

// ------------------------------------------------------------ distributions

const STATUS_ADULT = new Weighted<PersonStatus>([
  [PersonStatus.ACTIVE, 68],
  [PersonStatus.PROSPECT, 14],
  [PersonStatus.DORMANT, 12],
  [PersonStatus.CHURNED, 6],
]);
const HOUSEHOLD_SIZE = new Weighted<number>([[1, 25], [2, 30], [3, 25], [4, 13], [5, 7]]);
const RISK_PROFILE = new Weighted<number>([[1, 8], [2, 27], [3, 38], [4, 19], [5, 8]]);
const ACTIVE_SATISFACTION = new Weighted<number>([[10, 12], [9, 22], [8, 28], [7, 18], [6, 10], [5, 6], [4, 3], [3, 1]]);
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
const CLIENT_CHANNEL = new Weighted<ReferralChannel>([
  [ReferralChannel.CLIENT_INTRODUCTION, 84],
  [ReferralChannel.EVENT, 8],
  [ReferralChannel.DIGITAL, 6],
  [ReferralChannel.OTHER, 2],
]);

/** Prospect grades (0 = A, 1 = B, 2 = C) by how far their open referral has come. */
const GRADE_UNREFERRED = new Weighted<number>([[0, 10], [1, 30], [2, 60]]);
const GRADE_NEW = new Weighted<number>([[0, 10], [1, 40], [2, 50]]);
const GRADE_CONTACTED = new Weighted<number>([[0, 25], [1, 50], [2, 25]]);
const GRADE_QUALIFIED = new Weighted<number>([[0, 70], [1, 30]]);
const GRADES = [ProspectGrade.A, ProspectGrade.B, ProspectGrade.C] as const;

/** Roles of a household's members by size, the head first. */
const HOUSEHOLD_SHAPES: ReadonlyArray<Weighted<readonly HouseholdRole[]>> = (() => {
  const { HEAD, SPOUSE, CHILD, PARENT, OTHER } = HouseholdRole;
  return [
    new Weighted<readonly HouseholdRole[]>([[[HEAD], 1]]),
    new Weighted<readonly HouseholdRole[]>([[[HEAD, SPOUSE], 75], [[HEAD, PARENT], 15], [[HEAD, CHILD], 10]]),
    new Weighted<readonly HouseholdRole[]>([[[HEAD, SPOUSE, CHILD], 80], [[HEAD, SPOUSE, PARENT], 20]]),
    new Weighted<readonly HouseholdRole[]>([[[HEAD, SPOUSE, CHILD, CHILD], 65], [[HEAD, SPOUSE, CHILD, PARENT], 35]]),
    new Weighted<readonly HouseholdRole[]>([
      [[HEAD, SPOUSE, CHILD, PARENT, PARENT], 50],
      [[HEAD, SPOUSE, CHILD, CHILD, PARENT], 30],
      [[HEAD, SPOUSE, CHILD, CHILD, OTHER], 20],
    ]),
  ];
})();

/** What member B is to member A, by their household roles (OTHER is the head's sibling). */
function familyKindBetween(a: HouseholdRole, b: HouseholdRole): FamilyKind {
  const { HEAD, SPOUSE, CHILD, PARENT, OTHER } = HouseholdRole;
  if (a === HEAD) return b === SPOUSE ? FamilyKind.SPOUSE : b === CHILD ? FamilyKind.CHILD : b === PARENT ? FamilyKind.PARENT : FamilyKind.SIBLING;
  if (b === HEAD) return inverseFamilyKind(familyKindBetween(b, a));
  if (a === SPOUSE && b === CHILD) return FamilyKind.CHILD;
  if (a === CHILD && b === SPOUSE) return FamilyKind.PARENT;
  if (a === CHILD && b === CHILD) return FamilyKind.SIBLING;
  if (a === PARENT && b === PARENT) return FamilyKind.SPOUSE;
  if (a === PARENT && b === OTHER) return FamilyKind.CHILD;
  if (a === OTHER && b === PARENT) return FamilyKind.PARENT;
  return FamilyKind.RELATIVE;
}

/** A referral before ids are given: `referrer` indexes persons, staff or organizations according to `kind`; NaN marks a stage not reached. */
interface ReferralDraft {
  kind: ReferrerKind;
  referrer: number;
  referee: number;
  status: ReferralStatus;
  channel: ReferralChannel;
  attributed: boolean;
  createdMs: number;
  contactedMs: number;
  qualifiedMs: number;
  convertedMs: number;
  closedMs: number;
}

// ---------------------------------------------------------------- builder

const S_PROSPECT = 0, S_ACTIVE = 1, S_DORMANT = 2, S_CHURNED = 3;
const STATUS_CODE: Readonly<Record<PersonStatus, number>> = {
  [PersonStatus.PROSPECT]: S_PROSPECT,
  [PersonStatus.ACTIVE]: S_ACTIVE,
  [PersonStatus.DORMANT]: S_DORMANT,
  [PersonStatus.CHURNED]: S_CHURNED,
};
const STATUSES = [PersonStatus.PROSPECT, PersonStatus.ACTIVE, PersonStatus.DORMANT, PersonStatus.CHURNED] as const;
const NO_TIER = 255;

/**
 * Builds the bank step by step over typed arrays indexed by person, so a
 * million people cost a few hundred bytes each; row objects are made once,
 * at the end.
 */
class BankBuilder {
  private readonly rng: Random;
  private readonly n: number;
  /** Person ids, made once and shared by every row that names the person. */
  private readonly ids: string[];

  // Branches and staff.
  private readonly branchCount: number;
  private readonly branchStart: Int32Array;
  private readonly branchCity: number[] = [];
  private readonly branchDistrict: string[] = [];
  private readonly branches: BranchRow[] = [];
  private readonly staffRole: StaffRole[] = [];
  private readonly staffBranch: number[] = [];
  private readonly staffName: string[] = [];
  private readonly staffByBranch: Map<StaffRole, number[]>[] = [];

  // People.
  private readonly name: string[];
  private readonly address: string[];
  private readonly age: Uint8Array;
  private readonly birthDay: Int32Array;
  private readonly male: Uint8Array;
  private readonly branch: Uint16Array;
  private readonly household: Int32Array;
  private readonly status: Uint8Array;
  private readonly tier: Uint8Array;
  private readonly grade: Uint8Array;
  private readonly risk: Uint8Array;
  private readonly satisfaction: Int8Array;
  private readonly aum: Float64Array;
  private readonly sinceDay: Int32Array;
  private readonly createdMs: Float64Array;
  private readonly lastContactMs: Float64Array;
  private readonly employer: Int32Array;
  private readonly keyPerson: Uint8Array;
  private readonly influence: Uint8Array;
  private readonly optOut: Uint8Array;
  private readonly referredDay: Int32Array;
  private readonly manager: Int32Array;
  private readonly occupation: string[];

  // Households, organizations, ties.
  private readonly households: HouseholdRow[] = [];
  private readonly memberships: MembershipRow[] = [];
  private readonly householdWealth: number[] = [];
  private readonly householdHead: number[] = [];
  private readonly orgs: { name: string; industry: string; large: boolean; branch: number; isClient: boolean; createdDay: number }[] = [];
  private readonly employments: EmploymentRow[] = [];
  private readonly pairs: PairSet;
  private readonly familyTies: FamilyTieRow[] = [];
  private readonly acquaintances: AcquaintanceRow[] = [];
  private readonly drafts: ReferralDraft[] = [];

  constructor(persons: number, seed: number) {
    this.rng = new Random(seed);
    this.n = persons;
    const personId = idFormat('P', persons, 7);
    this.ids = Array.from({ length: persons }, (_, p) => personId(p));
    const n = persons;
    this.branchCount = Math.max(3, n < 25_000 ? Math.min(5, Math.round(n / 500)) : Math.round(n / 5000));
    this.branchStart = new Int32Array(this.branchCount + 1);
    for (let b = 0; b <= this.branchCount; b++) this.branchStart[b] = Math.round((b * n) / this.branchCount);
    this.name = new Array<string>(n);
    this.address = new Array<string>(n);
    this.occupation = new Array<string>(n);
    this.age = new Uint8Array(n);
    this.birthDay = new Int32Array(n);
    this.male = new Uint8Array(n);
    this.branch = new Uint16Array(n);
    this.household = new Int32Array(n).fill(-1);
    this.status = new Uint8Array(n);
    this.tier = new Uint8Array(n).fill(NO_TIER);
    this.grade = new Uint8Array(n);
    this.risk = new Uint8Array(n);
    this.satisfaction = new Int8Array(n).fill(-1);
    this.aum = new Float64Array(n);
    this.sinceDay = new Int32Array(n).fill(-1);
    this.createdMs = new Float64Array(n);
    this.lastContactMs = new Float64Array(n).fill(NaN);
    this.employer = new Int32Array(n).fill(-1);
    this.keyPerson = new Uint8Array(n);
    this.influence = new Uint8Array(n);
    this.optOut = new Uint8Array(n);
    this.referredDay = new Int32Array(n).fill(-1);
    this.manager = new Int32Array(n).fill(-1);
    this.pairs = new PairSet(n, Math.ceil(n * (MEAN_TIES_PER_PERSON / 2 + 0.5)));
  }

  build(seed: number): GeneratedBank {
    this.makeBranchesAndStaff();
    this.makeHouseholdsAndPeople();
    this.makeEmployers();
    this.assignStatusAndWealth();
    this.assignManagers();
    this.growReferralForest();
    this.addOtherReferrals();
    this.tieReferrersToReferees();
    this.tieBusinessPartners();
    this.fillAcquaintances();
    return this.rows(seed);
  }

  // ------------------------------------------------ branches and staff

  private makeBranchesAndStaff(): void {
    const { rng } = this;
    const usedNames = new Set<string>();
    for (let b = 0; b < this.branchCount; b++) {
      // The default bank (≤ 5 branches) is in Shanghai and Hangzhou; larger ones spread over more cities.
      const city = b < 3 ? 0 : b < 5 ? 1 : b % CITIES.length;
      const { districts, short, city: cityName } = CITIES[city];
      const district = districts[(b < 5 ? (b < 3 ? b : b - 3) : Math.floor(b / CITIES.length)) % districts.length];
      let name = `${short}${district.replace(/(新区|区)$/, '')}${rng.pick(VOCABULARY.streets).replace(/(大道|大街|路|街)$/, '')}支行`;
      if (usedNames.has(name)) name = name.replace(/支行$/, `第${b + 1}支行`);
      usedNames.add(name);
      this.branchCity.push(city);
      this.branchDistrict.push(district);
      const opened = isoInstant(rng.businessTime(rng.between(Date.UTC(1995, 0, 1) / DAY_MS, Date.UTC(2012, 0, 1) / DAY_MS)));
      this.branches.push({ id: idFormat('B', this.branchCount, 3)(b), name, city: cityName, createdAt: opened, updatedAt: opened });

      const size = this.branchStart[b + 1] - this.branchStart[b];
      const managers = Math.max(3, Math.round(size / 110));
      const wealthManagers = Math.max(1, Math.round(managers * 0.35));
      const roles = new Map<StaffRole, number[]>();
      const hire = (role: StaffRole, count: number): void => {
        const list: number[] = [];
        for (let k = 0; k < count; k++) {
          list.push(this.staffRole.length);
          this.staffRole.push(role);
          this.staffBranch.push(b);
          this.staffName.push(this.personName(rng.chance(0.5)));
        }
        roles.set(role, list);
      };
      hire(StaffRole.BRANCH_HEAD, 1);
      hire(StaffRole.WEALTH_MANAGER, wealthManagers);
      hire(StaffRole.RELATIONSHIP_MANAGER, managers - wealthManagers);
      hire(StaffRole.LOBBY_MANAGER, 1 + Math.floor(size / 3000));
      hire(StaffRole.TELLER, Math.min(12, 2 + Math.floor(size / 1500)));
      if (b === 0) hire(StaffRole.ANALYST, 1);
      this.staffByBranch.push(roles);
    }
  }

  private staffOf(branch: number, role: StaffRole): number[] {
    return this.staffByBranch[branch].get(role) ?? [];
  }

  // ------------------------------------------------ people and families

  private surname(): string {
    return this.rng.chance(0.75) ? this.rng.pick(COMMON_SURNAMES) : this.rng.pick(VOCABULARY.rareSurnames);
  }

  private givenName(male: boolean): string {
    const { rng } = this;
    if (rng.chance(0.15)) return rng.pick(VOCABULARY.genericNames);
    return rng.pick(male ? VOCABULARY.maleNames : VOCABULARY.femaleNames);
  }

  private personName(male: boolean, surname = this.surname()): string {
    return surname + this.givenName(male);
  }

  private homeAddress(branch: number): string {
    const { rng } = this;
    const floor = rng.between(1, 28);
    const room = `${floor}${String(rng.between(1, 6)).padStart(2, '0')}`;
    return `${CITIES[this.branchCity[branch]].city}${this.branchDistrict[branch]}${rng.pick(VOCABULARY.streets)}${rng.between(1, 999)}号${rng.between(1, 30)}栋${room}室`;
  }

  private setPerson(p: number, age: number, male: boolean, surname: string, branch: number, address: string): void {
    this.age[p] = age;
    this.male[p] = male ? 1 : 0;
    this.birthDay[p] = REF_DAY - Math.floor(age * 365.25) - this.rng.int(365);
    this.name[p] = this.personName(male, surname);
    this.branch[p] = branch;
    this.address[p] = address;
  }

  /**
   * Households of one to five, members next to each other in index order;
   * every pair inside a household gets the FAMILY tie their roles imply;
   * one person in ten is on file without a household.
   */
  private makeHouseholdsAndPeople(): void {
    const { rng, n } = this;
    const householdId = idFormat('H', n, 7);
    let branch = 0;
    for (let i = 0; i < n; ) {
      while (i >= this.branchStart[branch + 1]) branch++;
      if (rng.chance(0.1)) {
        this.setPerson(i, rng.between(20, 82), rng.chance(0.5), this.surname(), branch, this.homeAddress(branch));
        i++;
        continue;
      }
      const roles = HOUSEHOLD_SHAPES[Math.min(HOUSEHOLD_SIZE.sample(rng), n - i) - 1].sample(rng);
      const h = this.households.length;
      const address = this.homeAddress(branch);
      const familyName = this.surname();
      const hasParent = roles.includes(HouseholdRole.PARENT);
      const hasChild = roles.includes(HouseholdRole.CHILD);
      const headAge = hasParent ? rng.between(28, 55) : hasChild ? rng.between(30, 68) : rng.between(22, 85);
      const headMale = rng.chance(0.65);
      let parentsPlaced = 0;
      for (let k = 0; k < roles.length; k++) {
        const p = i + k;
        const role = roles[k];
        switch (role) {
          case HouseholdRole.HEAD:
            this.setPerson(p, headAge, headMale, familyName, branch, address);
            break;
          case HouseholdRole.SPOUSE:
            // Chinese wives keep their own surname.
            this.setPerson(p, Math.max(20, headAge + rng.between(-6, 6)), !headMale, headMale ? this.surname() : familyName, branch, address);
            break;
          case HouseholdRole.CHILD:
            this.setPerson(p, Math.max(1, headAge - rng.between(24, 36)), rng.chance(0.5), headMale ? familyName : this.surname(), branch, address);
            break;
          case HouseholdRole.PARENT: {
            const fatherFirst = parentsPlaced++ === 0 ? rng.chance(0.6) : this.male[p - 1] === 0;
            this.setPerson(p, Math.min(95, headAge + rng.between(24, 34)), fatherFirst, fatherFirst ? familyName : this.surname(), branch, address);
            break;
          }
          case HouseholdRole.OTHER:
            this.setPerson(p, Math.max(18, headAge + rng.between(-8, 8)), rng.chance(0.5), familyName, branch, address);
            break;
          default: {
            const unexpected: never = role;
            throw new Error(`Unknown household role ${String(unexpected)}`);
          }
        }
        this.household[p] = h;
        this.memberships.push({ personId: this.ids[p], householdId: householdId(h), role });
      }
      for (let a = 0; a < roles.length; a++) {
        for (let b = a + 1; b < roles.length; b++) this.addFamilyTie(i + a, i + b, familyKindBetween(roles[a], roles[b]));
      }
      // Relatives in another household nearby: grown-up siblings, cousins.
      if (h > 0 && rng.chance(0.08)) {
        const other = this.householdHead[Math.max(0, h - rng.between(1, 30))];
        if (Math.abs(this.age[other] - headAge) <= 15) this.addFamilyTie(other, i, rng.chance(0.6) ? FamilyKind.SIBLING : FamilyKind.RELATIVE);
      }
      this.households.push({ id: householdId(h), name: `${this.name[i]}家庭`, address, createdAt: '', updatedAt: '' });
      this.householdHead.push(i);
      this.householdWealth.push(rng.next());
      i += roles.length;
    }
  }

  /** `kind` is what `b` is to `a`; stored from the smaller index (= smaller id). */
  private addFamilyTie(a: number, b: number, kind: FamilyKind): void {
    if (a === b || !this.pairs.add(a, b)) return;
    if (a < b) this.familyTies.push({ fromId: this.ids[a], toId: this.ids[b], kind });
    else this.familyTies.push({ fromId: this.ids[b], toId: this.ids[a], kind: inverseFamilyKind(kind) });
  }

  // ------------------------------------------------------------- employers

  /** A few large corporate clients with many employees; many small firms with their owners. */
  private makeEmployers(): void {
    const { rng, n } = this;
    const large = Math.max(2, Math.round(n / 700));
    const small = Math.max(5, Math.round(n / 30));
    for (let o = 0; o < large + small; o++) {
      const orgId = organizationId(o, large + small);
      const isLarge = o < large;
      const home = rng.int(this.branchCount);
      const trade = rng.pick(TRADES);
      const stem = rng.pick(VOCABULARY.genericNames);
      const name = isLarge
        ? `${CITIES[this.branchCity[home]].short}${stem}${trade}${rng.chance(0.5) ? '集团有限公司' : '股份有限公司'}`
        : `${CITIES[this.branchCity[home]].short}${stem}${trade}有限公司`;
      const isClient = isLarge ? rng.chance(0.9) : rng.chance(0.35);
      this.orgs.push({ name, industry: TRADE_INDUSTRY[trade] ?? '其他', large: isLarge, branch: home, isClient, createdDay: rng.between(FIRST_CLIENT_DAY - 3000, REF_DAY - REFERRAL_WINDOW_DAYS - 120) });
      const target = isLarge ? rng.between(40, 160) : rng.between(2, 12);
      let hired = 0;
      const local = this.branchStart[home + 1] - this.branchStart[home];
      for (let attempt = 0; attempt < target * 6 && hired < target; attempt++) {
        const p = local > 0 && rng.chance(0.75) ? this.branchStart[home] + rng.int(local) : rng.int(n);
        if (this.employer[p] >= 0 || this.age[p] < 22 || this.age[p] > 62) continue;
        let title: string;
        let key: boolean;
        if (isLarge) {
          title = hired < LARGE_FIRM_KEY_TITLES.length ? LARGE_FIRM_KEY_TITLES[hired] : LARGE_FIRM_TITLES.sample(rng);
          key = hired < LARGE_FIRM_KEY_TITLES.length || (title === '部门经理' && rng.chance(0.25));
        } else {
          title = hired === 0 ? '法定代表人' : hired === 1 && rng.chance(0.3) ? '合伙人' : SMALL_FIRM_TITLES.sample(rng);
          key = title === '法定代表人' || title === '合伙人';
        }
        this.employer[p] = o;
        this.keyPerson[p] = key ? 1 : 0;
        this.occupation[p] = OCCUPATION_OF_TITLE[title] ?? '企业职员';
        this.employments.push({ personId: this.ids[p], organizationId: orgId, title, keyPerson: key });
        hired++;
      }
    }
  }

  // ------------------------------------------------ status, tier, wealth

  private assignStatusAndWealth(): void {
    const { rng, n } = this;
    for (let p = 0; p < n; p++) {
      const age = this.age[p];
      const minor = age < 18;
      let status = minor ? (rng.chance(0.65) ? S_ACTIVE : S_PROSPECT) : STATUS_CODE[STATUS_ADULT.sample(rng)];
      if (this.keyPerson[p] && status === S_PROSPECT && rng.chance(0.5)) status = S_ACTIVE;
      this.status[p] = status;

      let risk = minor ? 1 : RISK_PROFILE.sample(rng);
      if (age >= 65) risk = Math.max(1, risk - 1);

      if (status === S_ACTIVE || status === S_DORMANT) {
        // Wealth follows the household half the time; owners and executives sit higher.
        const h = this.household[p];
        let u = h >= 0 && rng.chance(0.5) ? this.householdWealth[h] : rng.next();
        if (this.keyPerson[p]) u = Math.max(u, rng.uniform(0.7, 1));
        if (minor) u = Math.min(u, 0.5);
        const tier = u >= 0.994 ? T_DIAMOND : u >= 0.964 ? T_PLATINUM : u >= 0.834 ? T_GOLD : u >= 0.1 ? T_STANDARD : T_RESTRICTED;
        this.tier[p] = tier;
        if (tier <= T_PLATINUM) risk = Math.max(risk, 2);
        const [lo, hi] = TIER_AUM_CNY[tier];
        this.aum[p] = tier === T_RESTRICTED ? rng.int(hi * 100) : Math.round(rng.logUniform(lo, hi) * 100);
        this.satisfaction[p] = status === S_ACTIVE ? ACTIVE_SATISFACTION.sample(rng) : rng.between(2, 7);
      } else if (status === S_CHURNED) {
        this.tier[p] = T_RESTRICTED;
        this.satisfaction[p] = rng.between(0, 5);
      }
      this.risk[p] = risk;

      const earliest = Math.max(FIRST_CLIENT_DAY, this.birthDay[p] + (minor ? 30 : 18 * 365));
      if (status === S_PROSPECT) {
        this.createdMs[p] = rng.businessTime(REF_DAY - rng.between(1, 540));
      } else {
        const latest = status === S_ACTIVE ? REF_DAY - 60 : REF_DAY - 400;
        const since = rng.between(Math.min(earliest, latest - 30), latest);
        this.sinceDay[p] = since;
        this.createdMs[p] = rng.businessTime(since);
        const contactAgo = status === S_ACTIVE ? (rng.chance(0.85) ? rng.between(0, 120) : rng.between(121, 365)) : status === S_DORMANT ? rng.between(200, 900) : rng.between(400, 1500);
        this.lastContactMs[p] = Math.max(this.createdMs[p], rng.businessTime(REF_DAY - contactAgo - 1));
      }
      if (!minor && rng.chance(0.03)) this.optOut[p] = 1;
      if (this.occupation[p] === undefined) {
        this.occupation[p] = minor ? '学生' : age >= 60 && rng.chance(0.8) ? '退休人员' : age <= 24 && rng.chance(0.4) ? '学生' : rng.pick(OCCUPATIONS);
      }
      // Centres of influence: satisfied, connected clients whose word brings others.
      if (status === S_ACTIVE && !minor && this.satisfaction[p] >= 8) {
        const p0 = this.keyPerson[p] ? 0.08 : this.tier[p] <= T_PLATINUM ? 0.05 : 0.015;
        if (rng.chance(p0)) this.influence[p] = 1;
      }
    }
  }

  /** One client, one manager: wealth managers serve GOLD and above, relationship managers everyone else; a household shares one where it can. */
  private assignManagers(): void {
    for (let p = 0; p < this.n; p++) {
      const tier = this.tier[p];
      const role = tier <= T_GOLD ? StaffRole.WEALTH_MANAGER : StaffRole.RELATIONSHIP_MANAGER;
      const list = this.staffOf(this.branch[p], role);
      const key = this.household[p] >= 0 ? this.household[p] : p + 0x40000000;
      this.manager[p] = list[(Math.imul(key, 0x9e3779b1) >>> 0) % list.length];
    }
  }

  // ------------------------------------------------------- referrals

  private urns: number[][] = [];
  private attributedDraft: Int32Array = new Int32Array(0);

  /** How many tickets a client holds in the referrer urn: satisfied clients refer, unsatisfied ones do not. */
  private urnWeight(p: number): number {
    if (this.status[p] !== S_ACTIVE || this.age[p] < 22 || this.optOut[p]) return 0;
    if (this.influence[p]) return 40;
    const s = this.satisfaction[p];
    const base = s >= 9 ? 3 : s === 8 ? 2 : s >= 6 ? 1 : 0;
    // Clients who came by referral refer more themselves.
    return base === 0 ? 0 : base + (this.referredDay[p] >= 0 ? 2 : 0);
  }

  /**
   * Attributed referrals, grown day by day over the last five years: each
   * client won by referral draws a referrer from a per-branch urn of settled,
   * satisfied clients, a referrer gains tickets with every conversion
   * (preferential attachment, so a few centres of influence bring many), and
   * a new client joins the urn once settled in. A referrer has always
   * converted before their referee, so the attributed referrals form a forest.
   */
  private growReferralForest(): void {
    const { rng, n } = this;
    const span = REF_DAY - FIRST_CLIENT_DAY + 1;
    const eligibleHead = new Int32Array(span).fill(-1);
    const eligibleNext = new Int32Array(n).fill(-1);
    const convertHead = new Int32Array(span).fill(-1);
    const convertNext = new Int32Array(n).fill(-1);
    this.attributedDraft = new Int32Array(n).fill(-1);
    this.urns = Array.from({ length: this.branchCount }, () => []);

    for (let p = 0; p < n; p++) {
      if (this.status[p] === S_ACTIVE && this.age[p] >= 18 && rng.chance(0.3)) {
        const earliest = Math.max(REF_DAY - REFERRAL_WINDOW_DAYS, this.birthDay[p] + 18 * 365);
        const day = rng.between(Math.min(earliest, REF_DAY - 7), REF_DAY - 7);
        this.referredDay[p] = day;
        this.sinceDay[p] = day;
        this.createdMs[p] = rng.businessTime(day);
        this.lastContactMs[p] = Math.max(this.lastContactMs[p], this.createdMs[p]);
        convertNext[p] = convertHead[day - FIRST_CLIENT_DAY];
        convertHead[day - FIRST_CLIENT_DAY] = p;
      } else if (this.sinceDay[p] >= 0 && this.urnWeight(p) > 0) {
        const day = Math.max(FIRST_CLIENT_DAY, this.sinceDay[p] + REFERRER_SETTLING_DAYS);
        if (day > REF_DAY) continue;
        eligibleNext[p] = eligibleHead[day - FIRST_CLIENT_DAY];
        eligibleHead[day - FIRST_CLIENT_DAY] = p;
      }
    }

    for (let day = FIRST_CLIENT_DAY; day <= REF_DAY; day++) {
      const slot = day - FIRST_CLIENT_DAY;
      for (let p = eligibleHead[slot]; p >= 0; p = eligibleNext[p]) {
        const urn = this.urns[this.branch[p]];
        for (let k = this.urnWeight(p); k > 0; k--) urn.push(p);
      }
      for (let p = convertHead[slot]; p >= 0; p = convertNext[p]) {
        this.attributeConversion(p, day);
        const settled = day + REFERRER_SETTLING_DAYS;
        if (settled <= REF_DAY && this.urnWeight(p) > 0) {
          eligibleNext[p] = eligibleHead[settled - FIRST_CLIENT_DAY];
          eligibleHead[settled - FIRST_CLIENT_DAY] = p;
        }
      }
    }
  }

  private attributeConversion(p: number, day: number): void {
    const { rng } = this;
    const convertedMs = rng.businessTime(day);
    const qualifiedMs = convertedMs - rng.between(2, 30) * DAY_MS - rng.millis(4 * HOUR_MS);
    const contactedMs = qualifiedMs - rng.between(1, 20) * DAY_MS;
    const createdMs = contactedMs - HOUR_MS - rng.millis(4 * DAY_MS);
    const source = this.pickReferrer(p, day, 0.35, 0.12, -1);
    if (source.kind === ReferrerKind.PERSON) {
      // Rich get richer: each conversion earns the referrer more tickets.
      const urn = this.urns[this.branch[source.referrer]];
      urn.push(source.referrer, source.referrer, source.referrer);
    }
    this.attributedDraft[p] = this.drafts.length;
    this.drafts.push({
      ...source,
      referee: p,
      status: ReferralStatus.CONVERTED,
      attributed: true,
      createdMs,
      contactedMs,
      qualifiedMs,
      convertedMs,
      closedMs: NaN,
    });
  }

  /**
   * Who refers `p` on `day`: their employer if it banks with us (corporate-
   * retail linkage), else sometimes a lobby manager or teller, else a client
   * drawn from the urn who had settled in by then and is not `p` or `exclude`.
   */
  private pickReferrer(
    p: number,
    day: number,
    employerChance: number,
    staffChance: number,
    exclude: number,
  ): { kind: ReferrerKind; referrer: number; channel: ReferralChannel } {
    const { rng } = this;
    const employer = this.employer[p];
    if (employer >= 0 && this.orgs[employer].isClient && rng.chance(employerChance)) {
      return { kind: ReferrerKind.ORGANIZATION, referrer: employer, channel: ReferralChannel.CORPORATE_LINKAGE };
    }
    if (!rng.chance(staffChance)) {
      for (let attempt = 0; attempt < 8; attempt++) {
        const urn = this.urns[rng.chance(0.1) ? rng.int(this.branchCount) : this.branch[p]];
        if (urn.length === 0) continue;
        const q = urn[rng.int(urn.length)];
        if (q !== p && q !== exclude && this.sinceDay[q] + REFERRER_SETTLING_DAYS <= day) {
          return { kind: ReferrerKind.PERSON, referrer: q, channel: CLIENT_CHANNEL.sample(rng) };
        }
      }
    }
    const branch = this.branch[p];
    const lobby = this.staffOf(branch, StaffRole.LOBBY_MANAGER);
    const tellers = this.staffOf(branch, StaffRole.TELLER);
    const staff = rng.chance(0.55) || tellers.length === 0 ? rng.pick(lobby) : rng.pick(tellers);
    return { kind: ReferrerKind.STAFF, referrer: staff, channel: rng.chance(0.95) ? ReferralChannel.STAFF_RECOMMENDATION : ReferralChannel.EVENT };
  }

  /**
   * The rest of the lifecycle: open referrals of prospects (one at most per
   * prospect), closed ones (DECLINED, EXPIRED) in their past, earlier failed
   * referrals of clients later won by another, and a few second referrals
   * that converted after the attributed one (so are not attributed).
   */
  private addOtherReferrals(): void {
    const { rng, n } = this;
    for (let p = 0; p < n; p++) {
      if (this.status[p] === S_PROSPECT && this.age[p] >= 18) {
        let grade = GRADE_UNREFERRED;
        if (rng.chance(0.45)) {
          const status = rng.chance(0.35) ? ReferralStatus.NEW : rng.chance(0.54) ? ReferralStatus.CONTACTED : ReferralStatus.QUALIFIED;
          const ago = status === ReferralStatus.NEW ? rng.between(1, 14) : status === ReferralStatus.CONTACTED ? rng.between(8, 60) : rng.between(30, 80);
          const createdMs = rng.businessTime(REF_DAY - ago);
          const contactedMs = status === ReferralStatus.NEW ? NaN : createdMs + HOUR_MS + rng.millis(4 * DAY_MS);
          const qualifiedMs = status === ReferralStatus.QUALIFIED ? contactedMs + rng.between(1, 20) * DAY_MS : NaN;
          this.drafts.push({ ...this.pickReferrer(p, REF_DAY - ago, 0.3, 0.25, -1), referee: p, status, attributed: false, createdMs, contactedMs, qualifiedMs, convertedMs: NaN, closedMs: NaN });
          grade = status === ReferralStatus.QUALIFIED ? GRADE_QUALIFIED : status === ReferralStatus.CONTACTED ? GRADE_CONTACTED : GRADE_NEW;
        }
        this.grade[p] = grade.sample(rng);
        if (rng.chance(0.2)) this.addClosedReferral(p, REF_DAY - rng.between(100, 700), -1);
      } else if (this.status[p] === S_PROSPECT) {
        this.grade[p] = 2;
      } else if (this.referredDay[p] >= 0) {
        const won = this.drafts[this.attributedDraft[p]];
        if (rng.chance(0.1)) {
          const day = Math.floor(won.createdMs / DAY_MS) - rng.between(120, 600);
          this.addClosedReferral(p, day, won.kind === ReferrerKind.PERSON ? won.referrer : -1);
        }
        if (rng.chance(0.02)) this.addLateConversion(p, won);
      }
    }
  }

  private addClosedReferral(p: number, day: number, exclude: number): void {
    const { rng } = this;
    const createdMs = rng.businessTime(day);
    const declined = rng.chance(0.55);
    const contactedMs = declined || rng.chance(0.6) ? createdMs + HOUR_MS + rng.millis(4 * DAY_MS) : NaN;
    const qualifiedMs = declined && rng.chance(0.4) ? contactedMs + rng.between(1, 20) * DAY_MS : NaN;
    // An untouched referral expires after 90 days.
    const closedMs = declined ? (Number.isNaN(qualifiedMs) ? contactedMs : qualifiedMs) + rng.between(1, 20) * DAY_MS : createdMs + 90 * DAY_MS;
    this.drafts.push({
      ...this.pickReferrer(p, day, 0.2, 0.3, exclude),
      referee: p,
      status: declined ? ReferralStatus.DECLINED : ReferralStatus.EXPIRED,
      attributed: false,
      createdMs,
      contactedMs,
      qualifiedMs,
      convertedMs: NaN,
      closedMs,
    });
  }

  /** A second referral opened while the first was in progress, converting just after it: CONVERTED but not attributed. */
  private addLateConversion(p: number, won: ReferralDraft): void {
    const { rng } = this;
    const createdMs = won.createdMs + rng.between(1, 5) * DAY_MS;
    const contactedMs = createdMs + HOUR_MS + rng.millis(2 * DAY_MS);
    const qualifiedMs = contactedMs + rng.between(1, 5) * DAY_MS;
    const convertedMs = Math.max(won.convertedMs + rng.between(1, 15) * DAY_MS, qualifiedMs + DAY_MS);
    if (convertedMs >= REF_MS) return;
    const source = this.pickReferrer(p, Math.floor(createdMs / DAY_MS), 0, 0.3, won.kind === ReferrerKind.PERSON ? won.referrer : -1);
    if (source.kind === won.kind && source.referrer === won.referrer) return;
    this.drafts.push({ ...source, referee: p, status: ReferralStatus.CONVERTED, attributed: false, createdMs, contactedMs, qualifiedMs, convertedMs, closedMs: NaN });
  }

  // ------------------------------------------------------------ ties

  /** `kind` between `a` and `b`, stored once from the smaller id; false when the pair is already tied. */
  private addAcquaintance(a: number, b: number, kind: AcquaintanceKind, boost = 0): boolean {
    if (a === b || !this.pairs.add(a, b)) return false;
    const [lo, hi] = STRENGTH_RANGE[kind];
    const strength = Math.max(0.05, Math.min(1, Math.round((this.rng.uniform(lo, hi) + boost) * 100) / 100));
    const from = a < b ? a : b;
    const to = a < b ? b : a;
    this.acquaintances.push({ fromId: this.ids[from], toId: this.ids[to], kind, strength });
    return true;
  }

  /** Introductions run along real ties ("熟人介绍"): most client referrers know their referee. */
  private tieReferrersToReferees(): void {
    for (const draft of this.drafts) {
      if (draft.kind === ReferrerKind.PERSON && !this.pairs.has(draft.referrer, draft.referee) && this.rng.chance(0.85)) {
        this.addAcquaintance(draft.referrer, draft.referee, INTRODUCER_TIE_KIND.sample(this.rng), 0.1);
      }
    }
  }

  /** Owners and executives know each other across firms. */
  private tieBusinessPartners(): void {
    const keyPeople: number[] = [];
    for (let p = 0; p < this.n; p++) if (this.keyPerson[p]) keyPeople.push(p);
    if (keyPeople.length < 2) return;
    for (const p of keyPeople) {
      for (let k = this.rng.between(1, 2); k > 0; k--) {
        const q = this.rng.pick(keyPeople);
        if (this.employer[q] !== this.employer[p]) this.addAcquaintance(p, q, AcquaintanceKind.BUSINESS);
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
  private fillAcquaintances(): void {
    const { rng, n } = this;
    const target = Math.round((n * MEAN_TIES_PER_PERSON) / 2) - this.familyTies.length - this.acquaintances.length;
    if (target <= 0 || n < 2) return;
    const cumulative = new Float64Array(n + 1);
    for (let p = 0; p < n; p++) {
      let w = Math.min(40, Math.pow(1 - rng.next(), -1 / 1.6));
      if (this.age[p] < 16) w *= 0.3;
      else if (this.age[p] >= 75) w *= 0.5;
      if (this.influence[p]) w *= 4;
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
    const { orgStart, orgMembers } = this.membersByOrganization();

    let added = 0;
    for (let attempt = 0; added < target && attempt < target * 20; attempt++) {
      const u = sampleIn(0, n);
      const kind = ACQUAINTANCE_KIND.sample(rng);
      const b = this.branch[u];
      let lo = this.branchStart[b];
      let hi = this.branchStart[b + 1];
      if (hi - lo < 2) [lo, hi] = [0, n];
      let v = -1;
      switch (kind) {
        case AcquaintanceKind.NEIGHBOUR:
          v = u + rng.between(2, 80) * (rng.chance(0.5) ? 1 : -1);
          if (v < 0 || v >= n || (this.household[v] >= 0 && this.household[v] === this.household[u])) v = -1;
          break;
        case AcquaintanceKind.FRIEND:
          v = rng.chance(0.85) ? sampleIn(lo, hi) : sampleIn(0, n);
          if (Math.abs(this.age[u] - this.age[v]) > 20) v = -1;
          break;
        case AcquaintanceKind.ALUMNI:
          for (let k = 0; k < 4 && v < 0; k++) {
            const w = sampleIn(lo, hi);
            if (Math.abs(this.age[u] - this.age[w]) <= 3 && this.age[w] >= 18 && this.age[u] >= 18) v = w;
          }
          break;
        case AcquaintanceKind.BUSINESS: {
          const org = this.employer[u];
          v = org >= 0 && rng.chance(0.6) ? orgMembers[orgStart[org] + rng.int(orgStart[org + 1] - orgStart[org])] : sampleIn(lo, hi);
          if (this.age[u] < 22 || this.age[v] < 22) v = -1;
          break;
        }
        case AcquaintanceKind.ELDER:
          for (let k = 0; k < 4 && v < 0; k++) {
            const w = sampleIn(lo, hi);
            if (Math.abs(this.age[u] - this.age[w]) >= 15 && Math.min(this.age[u], this.age[w]) >= 16) v = w;
          }
          break;
        default: {
          const unexpected: never = kind;
          throw new Error(`Unknown acquaintance kind ${String(unexpected)}`);
        }
      }
      if (v < 0 || v === u) continue;
      // Children know children (and their neighbours), not strangers' adults.
      if (Math.min(this.age[u], this.age[v]) < 16 && kind !== AcquaintanceKind.NEIGHBOUR && Math.abs(this.age[u] - this.age[v]) > 3) continue;
      if (this.addAcquaintance(u, v, kind)) added++;
    }
  }

  private membersByOrganization(): { orgStart: Int32Array; orgMembers: Int32Array } {
    const orgStart = new Int32Array(this.orgs.length + 1);
    for (let p = 0; p < this.n; p++) if (this.employer[p] >= 0) orgStart[this.employer[p] + 1]++;
    for (let o = 0; o < this.orgs.length; o++) orgStart[o + 1] += orgStart[o];
    const fill = orgStart.slice(0, this.orgs.length);
    const orgMembers = new Int32Array(orgStart[this.orgs.length]);
    for (let p = 0; p < this.n; p++) if (this.employer[p] >= 0) orgMembers[fill[this.employer[p]]++] = p;
    return { orgStart, orgMembers };
  }

  // -------------------------------------------------------- holdings

  private hold(out: HoldingRow[], kind: ClientKind, holderId: string, product: number, balanceCents: number, status: HoldingStatus, fromDay: number): void {
    const first = Math.min(REF_DAY - 1, Math.max(fromDay, LAUNCH_DAY[product]));
    out.push({ holderKind: kind, holderId, productId: productId(product), balanceCents, since: isoDay(this.rng.between(first, REF_DAY - 1)), status });
  }

  /** Up to `count` distinct investments within the person's tier and risk profile; one pick in thirty-three is a level too risky (real life). */
  private pickInvestments(p: number, count: number, tier: number): number[] {
    const { rng } = this;
    const risk = this.risk[p];
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
  private addPersonHoldings(p: number, out: HoldingRow[], payrollOrgs: Uint8Array): void {
    const { rng } = this;
    const status = this.status[p];
    if (status === S_PROSPECT) return;
    const holder = this.ids[p];
    const since = this.sinceDay[p];
    const age = this.age[p];
    if (status === S_CHURNED) {
      this.hold(out, 'PERSON', holder, PRODUCT.personAccount, 0, HoldingStatus.CLOSED, since);
      for (const product of this.pickInvestments(p, rng.between(0, 2), T_STANDARD)) {
        this.hold(out, 'PERSON', holder, product, 0, HoldingStatus.CLOSED, since);
      }
      return;
    }
    const tier = this.tier[p];
    const assets = [PRODUCT.personAccount];
    const weights = [0.3 + rng.next() * 0.7];
    if (this.employer[p] >= 0 && payrollOrgs[this.employer[p]] && rng.chance(0.92)) {
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
    for (const product of this.pickInvestments(p, investments, tier)) {
      assets.push(product);
      weights.push(1 + rng.next() * 2);
    }
    const aum = this.aum[p];
    const total = weights.reduce((sum, w) => sum + w, 0);
    const shares = weights.map((w) => Math.floor((aum * w) / total));
    shares[0] += aum - shares.reduce((sum, share) => sum + share, 0);
    for (let k = 0; k < assets.length; k++) this.hold(out, 'PERSON', holder, assets[k], shares[k], HoldingStatus.ACTIVE, since);

    if (age >= 18 && rng.chance(status === S_ACTIVE ? 0.78 : 0.4)) this.hold(out, 'PERSON', holder, PRODUCT.mobileBanking, 0, HoldingStatus.ACTIVE, since);
    if (age >= 20 && rng.chance(tier <= T_GOLD ? 0.6 : 0.3)) {
      this.hold(out, 'PERSON', holder, tier <= T_GOLD ? PRODUCT.platinumCard : PRODUCT.standardCard, rng.int(3_000_000), HoldingStatus.ACTIVE, since);
    }
    if (age >= 25 && age <= 60 && rng.chance(0.12)) {
      this.hold(out, 'PERSON', holder, PRODUCT.mortgage, Math.round(rng.logUniform(200_000, 3_000_000)) * 100, HoldingStatus.ACTIVE, since);
    }
    if ((this.keyPerson[p] || this.occupation[p] === '个体工商户') && rng.chance(0.3)) {
      this.hold(out, 'PERSON', holder, PRODUCT.businessLoan, Math.round(rng.logUniform(300_000, 5_000_000)) * 100, HoldingStatus.ACTIVE, since);
    }
    // A matured or redeemed product from the past.
    if (status === S_ACTIVE && rng.chance(0.08)) {
      const [product] = this.pickInvestments(p, 1, tier);
      if (product !== undefined && !assets.includes(product)) this.hold(out, 'PERSON', holder, product, 0, HoldingStatus.CLOSED, since);
    }
  }

  /** Client firms' products: accounts and online banking, and for many payroll, cash management, loans and deposits. */
  private addOrganizationHoldings(o: number, out: HoldingRow[], payrollOrgs: Uint8Array): void {
    const { rng } = this;
    const org = this.orgs[o];
    if (!org.isClient) return;
    const holder = organizationId(o, this.orgs.length);
    const cny = (lo: number, hi: number): number => Math.round(rng.logUniform(lo, hi)) * 100;
    const big = org.large;
    this.hold(out, 'ORGANIZATION', holder, PRODUCT.firmAccount, big ? cny(1_000_000, 80_000_000) : cny(20_000, 2_000_000), HoldingStatus.ACTIVE, org.createdDay);
    this.hold(out, 'ORGANIZATION', holder, PRODUCT.firmOnline, 0, HoldingStatus.ACTIVE, org.createdDay);
    if (rng.chance(big ? 0.85 : 0.25)) {
      payrollOrgs[o] = 1;
      this.hold(out, 'ORGANIZATION', holder, PRODUCT.payrollService, 0, HoldingStatus.ACTIVE, org.createdDay);
    }
    if (rng.chance(big ? 0.75 : 0.05)) {
      this.hold(out, 'ORGANIZATION', holder, PRODUCT.cashManagement, big ? cny(5_000_000, 200_000_000) : cny(1_000_000, 10_000_000), HoldingStatus.ACTIVE, org.createdDay);
    }
    if (rng.chance(big ? 0.45 : 0.3)) {
      this.hold(out, 'ORGANIZATION', holder, PRODUCT.firmLoan, big ? cny(5_000_000, 100_000_000) : cny(200_000, 5_000_000), HoldingStatus.ACTIVE, org.createdDay);
    }
    if (rng.chance(big ? 0.35 : 0.15)) {
      this.hold(out, 'ORGANIZATION', holder, PRODUCT.firmDeposit, big ? cny(1_000_000, 50_000_000) : cny(100_000, 2_000_000), HoldingStatus.ACTIVE, org.createdDay);
    }
  }

  // ------------------------------------------------------------ rows

  private rows(seed: number): GeneratedBank {
    const { rng, n } = this;
    const staffId = idFormat('S', this.staffRole.length, 4);
    const orgCount = this.orgs.length;

    const holdings: HoldingRow[] = [];
    const payrollOrgs = new Uint8Array(orgCount);
    for (let o = 0; o < orgCount; o++) this.addOrganizationHoldings(o, holdings, payrollOrgs);
    for (let p = 0; p < n; p++) this.addPersonHoldings(p, holdings, payrollOrgs);

    // Referrals in the order they were made; the record of a person starts with the first referral about them.
    this.drafts.sort((a, b) => a.createdMs - b.createdMs || a.referee - b.referee);
    const referralId = idFormat('R', this.drafts.length, 7);
    const lastTouchMs = new Float64Array(n).fill(-Infinity);
    const referrals = this.drafts.map((draft, index): ReferralRow => {
      const p = draft.referee;
      this.createdMs[p] = Math.min(this.createdMs[p], draft.createdMs);
      const touched = Math.max(orMinus(draft.contactedMs), orMinus(draft.qualifiedMs), orMinus(draft.convertedMs), orMinus(draft.closedMs));
      lastTouchMs[p] = Math.max(lastTouchMs[p], touched);
      const referrerId =
        draft.kind === ReferrerKind.PERSON ? this.ids[draft.referrer]
        : draft.kind === ReferrerKind.STAFF ? staffId(draft.referrer)
        : organizationId(draft.referrer, orgCount);
      const rewardStatus =
        !draft.attributed || draft.kind !== ReferrerKind.PERSON ? RewardStatus.NOT_ELIGIBLE
        : draft.convertedMs < REF_MS - 30 * DAY_MS ? RewardStatus.PAID
        : RewardStatus.PENDING;
      return {
        id: referralId(index),
        referrerKind: draft.kind,
        referrerId,
        refereeId: this.ids[p],
        assignedStaffId: staffId(this.manager[p]),
        status: draft.status,
        channel: draft.channel,
        note: rng.chance(0.8) ? rng.pick(NOTES[draft.channel]) : null,
        attributed: draft.attributed,
        rewardStatus,
        createdAt: isoInstant(draft.createdMs),
        updatedAt: isoInstant(Math.max(draft.createdMs, touched)),
        contactedAt: orNull(draft.contactedMs),
        qualifiedAt: orNull(draft.qualifiedMs),
        convertedAt: orNull(draft.convertedMs),
        closedAt: orNull(draft.closedMs),
      };
    });

    const householdCreated = new Float64Array(this.households.length).fill(Infinity);
    const householdUpdated = new Float64Array(this.households.length);
    const persons = new Array<PersonRow>(n);
    const managedBy = new Array<ManagedByRow>(n);
    for (let p = 0; p < n; p++) {
      const status = this.status[p];
      if (status === S_PROSPECT) {
        this.lastContactMs[p] = lastTouchMs[p] > 0 ? lastTouchMs[p] : rng.chance(0.4) ? Math.min(REF_MS - HOUR_MS, this.createdMs[p] + rng.millis(30 * DAY_MS)) : NaN;
      }
      const createdMs = this.createdMs[p];
      const lastContactMs = this.lastContactMs[p];
      const updatedMs = Math.max(createdMs, orMinus(lastContactMs), lastTouchMs[p]);
      const createdAt = isoInstant(createdMs);
      const lastContactAt = orNull(lastContactMs);
      const updatedAt = updatedMs === createdMs ? createdAt : updatedMs === lastContactMs ? (lastContactAt as string) : isoInstant(updatedMs);
      const h = this.household[p];
      if (h >= 0) {
        householdCreated[h] = Math.min(householdCreated[h], createdMs);
        householdUpdated[h] = Math.max(householdUpdated[h], createdMs);
      }
      const tier = this.tier[p];
      const age = this.age[p];
      persons[p] = {
        id: this.ids[p],
        name: this.name[p],
        status: STATUSES[status],
        tier: tier === NO_TIER ? null : TIERS[tier],
        prospectGrade: status === S_PROSPECT ? GRADES[this.grade[p]] : null,
        aumCents: this.aum[p],
        riskProfile: RISKS[this.risk[p] - 1],
        satisfaction: this.satisfaction[p] < 0 ? null : this.satisfaction[p],
        gender: this.male[p] ? Gender.MALE : Gender.FEMALE,
        birthDate: isoDay(this.birthDay[p]),
        phone: rng.pick(MOBILE_PREFIXES) + String(rng.int(100_000_000)).padStart(8, '0'),
        email: age >= 18 && rng.chance(age >= 65 ? 0.3 : 0.85) ? this.email(p) : null,
        address: this.address[p],
        occupation: this.occupation[p],
        lastContactAt,
        introductionsOptOut: this.optOut[p] === 1,
        createdAt,
        updatedAt,
      };
      managedBy[p] = { clientKind: 'PERSON', clientId: persons[p].id, staffId: staffId(this.manager[p]), since: persons[p].createdAt };
    }
    for (let h = 0; h < this.households.length; h++) {
      this.households[h].createdAt = isoInstant(householdCreated[h]);
      this.households[h].updatedAt = isoInstant(householdUpdated[h]);
    }

    const employees = new Int32Array(orgCount);
    for (let p = 0; p < n; p++) if (this.employer[p] >= 0) employees[this.employer[p]]++;
    const organizations = this.orgs.map((org, o): OrganizationRow => {
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
    for (let o = 0; o < orgCount; o++) {
      const org = this.orgs[o];
      if (!org.isClient) continue;
      const managers = this.staffOf(org.branch, StaffRole.RELATIONSHIP_MANAGER);
      managedBy.push({ clientKind: 'ORGANIZATION', clientId: organizations[o].id, staffId: staffId(managers[o % managers.length]), since: organizations[o].createdAt });
    }

    const staff = this.staffRole.map((role, s): StaffRow => {
      const hired = isoInstant(rng.businessTime(rng.between(Date.UTC(2006, 0, 1) / DAY_MS, REF_DAY - REFERRAL_WINDOW_DAYS - 120)));
      return { id: staffId(s), name: this.staffName[s], role, branchId: this.branches[this.staffBranch[s]].id, createdAt: hired, updatedAt: hired };
    });

    const products = CATALOGUE.map((entry, index): ProductRow => {
      const launched = `${entry.launched}T01:00:00.000Z`;
      return { id: productId(index), name: entry.name, category: entry.category, riskLevel: RISKS[entry.risk - 1], createdAt: launched, updatedAt: launched };
    });

    return {
      seed,
      referenceDate: DEMO_REFERENCE_DATE,
      branches: this.branches,
      staff,
      persons,
      households: this.households,
      memberships: this.memberships,
      organizations,
      employments: this.employments,
      familyTies: this.familyTies,
      acquaintances: this.acquaintances,
      products,
      holdings,
      managedBy,
      referrals,
    };
  }

  /** A QQ number address or letters and digits at a Chinese mail provider. */
  private email(p: number): string {
    const { rng } = this;
    if (rng.chance(0.35)) return `${rng.between(10_000_000, 3_999_999_999)}@qq.com`;
    let local = '';
    for (let k = rng.between(2, 5); k > 0; k--) local += String.fromCharCode(97 + rng.int(26));
    local += rng.chance(0.5) ? isoDay(this.birthDay[p]).slice(0, 4) : String(rng.between(1, 999));
    return `${local}@${rng.pick(VOCABULARY.emailDomains)}`;
  }
}

function productId(index: number): string {
  return `PRD${String(index + 1).padStart(3, '0')}`;
}

function organizationId(index: number, count: number): string {
  return `O${String(index + 1).padStart(Math.max(6, String(count).length), '0')}`;
}

function orNull(ms: number): string | null {
  return Number.isNaN(ms) ? null : isoInstant(ms);
}

function orMinus(ms: number): number {
  return Number.isNaN(ms) ? -Infinity : ms;
}

/**
 * Generates the demo bank: about `persons` clients and prospects with their
 * households, employers, acquaintances, branches, staff, products, holdings
 * and referrals. Deterministic: the same options give deep-equal output.
 */
export function generateBank(options: { persons: number; seed: number }): GeneratedBank {
  const { persons, seed } = options;
  if (!Number.isSafeInteger(persons) || persons < 1) {
    throw new RangeError(`generateBank: persons must be a positive integer, e.g. 2000; got ${persons}`);
  }
  if (!Number.isSafeInteger(seed)) {
    throw new RangeError(`generateBank: seed must be an integer, e.g. 20261123; got ${seed}`);
  }
  return new BankBuilder(persons, seed).build(seed);
}
