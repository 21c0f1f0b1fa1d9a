import { zh_CN } from '@faker-js/faker';
import { ReferralChannel } from '../domain/model';
import { Weighted } from './weighted';

/*
 * The words the demo bank is written in: names, places, trades, job titles and
 * referral notes of a Chinese retail bank.
 */

function listOf(value: unknown, what: string): string[] {
  if (!Array.isArray(value) || value.length === 0 || !value.every((item) => typeof item === 'string')) {
    throw new Error(`faker's zh_CN locale has no ${what}; the demo bank draws its names from it`);
  }
  return value as string[];
}

/** Names, streets and firms come from faker's zh_CN locale; frequencies of surnames from China's census. */
export const VOCABULARY = {
  rareSurnames: listOf(zh_CN.person?.last_name?.generic, 'person.last_name.generic'),
  maleNames: listOf(zh_CN.person?.first_name?.male, 'person.first_name.male'),
  femaleNames: listOf(zh_CN.person?.first_name?.female, 'person.first_name.female'),
  genericNames: listOf(zh_CN.person?.first_name?.generic, 'person.first_name.generic'),
  streets: listOf(zh_CN.location?.street_name, 'location.street_name'),
  firmTrades: listOf(zh_CN.company?.category, 'company.category'),
  emailDomains: listOf(zh_CN.internet?.free_email, 'internet.free_email').filter((domain) => !domain.includes('yahoo')),
};

/** The commonest surnames, drawn three times in four, as in the population. */
export const COMMON_SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡',
  '郭', '何', '高', '林', '罗', '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹',
];

export const CITIES: ReadonlyArray<{ city: string; short: string; districts: readonly string[] }> = [
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

export const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156',
  '157', '158', '159', '166', '176', '177', '180', '181', '182', '183', '185', '186', '187', '188', '189', '198', '199',
];

/** A firm's trade (its name says it) and the industry it is filed under; faker's zh_CN trades first. */
export const TRADE_INDUSTRY: Readonly<Record<string, string>> = {
  传媒: '文化传媒', 保险: '金融保险', 印刷: '制造业', 建设: '建筑业', 旅游发展: '旅游', 林业: '农林牧渔', 水产: '农林牧渔',
  燃气: '能源', 物流: '交通物流', 电力: '能源', 矿业: '采矿业', 网络科技: '信息技术', 运输: '交通物流', 食品: '食品加工',
  贸易: '批发零售', 餐饮管理: '餐饮住宿', 医疗器械: '医疗健康', 教育科技: '教育培训', 房地产开发: '房地产', 机械制造: '制造业',
};
export const TRADES = [...VOCABULARY.firmTrades, '贸易', '餐饮管理', '医疗器械', '教育科技', '房地产开发', '机械制造'];

export const OCCUPATIONS = [
  '教师', '医生', '护士', '公务员', '个体工商户', '自由职业者', '律师', '注册会计师', '程序员', '销售人员',
  '出租车司机', '厨师', '设计师', '快递员', '保险代理人', '建筑工人', '家庭主妇', '研究员', '导游', '药剂师',
];

export const LARGE_FIRM_KEY_TITLES = ['董事长', '总经理', '财务总监', '人力资源总监'];
export const LARGE_FIRM_TITLES = new Weighted<string>([['部门经理', 12], ['工程师', 20], ['会计', 8], ['销售经理', 12], ['行政专员', 8], ['技术员', 15], ['职员', 25]]);
export const SMALL_FIRM_TITLES = new Weighted<string>([['店长', 10], ['会计', 12], ['销售', 25], ['员工', 53]]);
export const OCCUPATION_OF_TITLE: Readonly<Record<string, string>> = {
  董事长: '企业高管', 总经理: '企业高管', 财务总监: '企业高管', 人力资源总监: '企业高管', 法定代表人: '企业主', 合伙人: '企业主',
  部门经理: '企业管理人员', 工程师: '工程师', 会计: '会计', 销售经理: '销售人员', 销售: '销售人员', 行政专员: '企业职员',
  技术员: '技术员', 职员: '企业职员', 店长: '店长', 员工: '企业职员',
};

export const NOTES: Readonly<Record<ReferralChannel, readonly string[]>> = {
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
