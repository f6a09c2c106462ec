/**
 * Chinese text for the bulk seed (`seed.ts`): org names, people and the title and description of a complaint,
 * composed from domain phrases — where (location) × what (problem) × what it caused (consequence) — so that titles
 * such as 「3栋地下车库渗水，业主车辆受损」 read like the real register and search has real words to find.
 */

/**
 * Deterministic PRNG (sfc32): the same seed gives the same data. Not mulberry32 as the demo uses: a million records
 * each drawing about the same number of values showed neighbouring records picking the same phrases with it.
 */
export function prng(seed: number): () => number {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed | 0;
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 15; i++) next();
  return next;
}

export const REGIONS: { name: string; cities: string[] }[] = [
  { name: '华北区域', cities: ['北京', '天津', '石家庄', '太原', '保定'] },
  { name: '华中区域', cities: ['武汉', '长沙', '郑州', '南昌'] },
  { name: '西南区域', cities: ['成都', '重庆', '昆明', '贵阳'] },
  { name: '西北区域', cities: ['西安', '兰州', '银川'] },
  { name: '山东区域', cities: ['济南', '青岛', '烟台', '潍坊'] },
  { name: '海西区域', cities: ['福州', '厦门', '泉州'] },
  { name: '东北区域', cities: ['沈阳', '大连', '长春', '哈尔滨'] },
];

const ESTATE_HEADS = ['御景', '翠湖', '观澜', '锦绣', '云栖', '滨江', '君悦', '星河', '龙湖', '天悦', '澜岸', '紫宸', '璟园', '春风', '悦府', '长安', '海棠', '金域', '东方', '清华'];
const ESTATE_TAILS = ['府', '苑', '湾', '里', '花园', '公馆', '壹号', '华庭', '天地', '新城'];

/** `count` distinct estate names (翠湖湾, 云栖公馆 …). */
export function estateNames(count: number): string[] {
  const names: string[] = [];
  for (let i = 0; names.length < count; i++) {
    const head = ESTATE_HEADS[i % ESTATE_HEADS.length]!;
    const tail = ESTATE_TAILS[Math.floor(i / ESTATE_HEADS.length) % ESTATE_TAILS.length]!;
    const round = Math.floor(i / (ESTATE_HEADS.length * ESTATE_TAILS.length));
    names.push(round === 0 ? `${head}${tail}` : `${head}${tail}${['二期', '三期', '四期'][round - 1] ?? round + 1}`);
  }
  return names;
}

export const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高', '梁', '郑', '谢', '宋', '唐', '韩', '冯', '邓', '曹', '彭'];
export const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '洋', '艳', '勇', '军', '杰', '娟', '涛', '明', '超', '秀英', '霞', '平', '刚', '桂英', '建华', '晓燕', '志强', '海燕', '文博', '子涵', '雨萱', '浩然'];

/** Phrases per category code: where, what, what it caused; and a customer's ask. */
interface Topic {
  places: string[];
  problems: string[];
  consequences: string[];
  asks: string[];
}

const BUILDING_PLACES = ['卫生间', '主卧', '客厅', '厨房', '阳台', '次卧', '飘窗', '书房'];
const COMMON_PLACES = ['地下车库', '电梯厅', '楼道', '单元大堂', '中庭花园', '小区正门', '垃圾站', '儿童游乐区', '地下室', '架空层'];

const TOPICS: Record<string, Topic> = {
  DEV_ENGINEERING: {
    places: [...BUILDING_PLACES, '地下车库', '地下室'],
    problems: ['渗水', '漏水', '墙面开裂', '地面空鼓', '瓷砖脱落', '窗户漏风', '天花板发霉', '管道堵塞', '防水层失效', '楼板裂缝'],
    consequences: ['楼下住户受影响', '业主车辆受损', '家具被泡', '无法正常入住', '墙面大面积发霉', '存在安全隐患', '多次维修未果'],
    asks: ['要求彻底整改', '要求赔偿损失', '要求工程部上门鉴定', '要求延长保修期'],
  },
  DEV_PLANNING_DESIGN: {
    places: ['南向卧室', '小区配套楼', '地下车位', '楼间距', '主入口', '商业街'],
    problems: ['采光遮挡', '车位尺寸偏小', '户型与样板间不符', '规划变更未公示', '层高不足', '噪音超标'],
    consequences: ['与销售承诺不符', '停车困难', '居住体验严重下降', '业主集体不满'],
    asks: ['要求恢复原规划', '要求补偿差价', '要求出具设计说明'],
  },
  DEV_MARKETING: {
    places: ['销售中心', '购房合同', '交付现场', '学区配套', '会所'],
    problems: ['产权证办理延迟', '销售承诺未兑现', '交付延期', '违约金未支付', '学位未落实', '赠送面积缩水'],
    consequences: ['业主无法落户', '影响子女入学', '业主申请仲裁', '引发媒体关注', '业主集体维权'],
    asks: ['要求支付违约金', '要求尽快办理产权证', '要求兑现销售承诺', '要求书面答复'],
  },
  DEV_CUSTOMER_SERVICE: {
    places: ['客服中心', '维修热线', '交付现场', '业主群'],
    problems: ['维修响应慢', '报修多次未上门', '交付资料缺失', '客服态度差', '承诺回电未回'],
    consequences: ['业主情绪激动', '问题拖延一个月', '业主投诉至住建局', '业主在抖音发布视频'],
    asks: ['要求更换维修单位', '要求限期处理', '要求客服主管致歉'],
  },
  DEV_PROPERTY_SERVICE: {
    places: COMMON_PLACES,
    problems: ['保洁不到位', '停车管理混乱', '安防巡逻缺失', '绿化无人养护', '装修管理不严'],
    consequences: ['外来车辆占用业主车位', '楼道垃圾堆积', '发生盗窃', '影响老人儿童出行'],
    asks: ['要求加强管理', '要求减免物业费', '要求更换物业'],
  },
  PM_HOUSING: {
    places: [...BUILDING_PLACES, '公共走廊'],
    problems: ['渗水', '墙皮脱落', '门窗损坏', '公共部位破损'],
    consequences: ['影响正常使用', '维修资金使用有争议', '存在安全隐患'],
    asks: ['要求动用维修基金维修', '要求物业限期修复'],
  },
  PM_EQUIPMENT: {
    places: ['2号电梯', '1号电梯', '地下水泵房', '消防系统', '单元门禁', '公共照明', '充电桩'],
    problems: ['频繁故障', '噪音扰民', '停运', '失灵', '漏电', '水压不足'],
    consequences: ['业主被困电梯', '老人无法上下楼', '夜间无法休息', '车辆无法充电'],
    asks: ['要求更换设备', '要求提供维保记录', '要求限期修复'],
  },
  PM_ORDER: {
    places: COMMON_PLACES,
    problems: ['夜间施工扰民', '门禁失灵', '外来人员随意进出', '电动车违规充电', '高空抛物'],
    consequences: ['业主无法休息', '存在消防隐患', '业主财物丢失', '邻里纠纷升级'],
    asks: ['要求加强巡查', '要求安装监控', '要求物业出面协调'],
  },
  PM_ENVIRONMENT: {
    places: ['中庭花园', '垃圾站', '绿化带', '景观水池', '化粪池'],
    problems: ['绿化枯死', '异味严重', '蚊虫滋生', '积水不退', '垃圾清运不及时'],
    consequences: ['影响居住环境', '夏季无法开窗', '儿童无法玩耍'],
    asks: ['要求定期清理', '要求补种绿化', '要求增加清运频次'],
  },
  PM_GENERAL_SERVICE: {
    places: ['物业服务中心', '收费窗口', '业主群', '公告栏'],
    problems: ['物业费收费不透明', '公共收益未公示', '服务态度差', '通知不及时'],
    consequences: ['业主拒交物业费', '业主要求公开账目', '业主集体不满'],
    asks: ['要求公示账目', '要求书面解释', '要求物业经理约谈'],
  },
  DM_CONSULTING: {
    places: ['物业服务中心', '客服热线', '业主群'],
    problems: ['咨询物业费标准', '咨询装修报备流程', '咨询产权证办理进度', '咨询车位租售政策', '咨询维修基金使用'],
    consequences: ['业主希望尽快答复', '需要书面材料'],
    asks: ['请客服回电说明', '请提供办理指引'],
  },
  DM_SPECIAL_SERVICE: {
    places: ['户内', '厨房', '阳台', '卫生间'],
    problems: ['申请有偿清洗油烟机', '预约家政保洁', '申请空调清洗', '预约开荒保洁'],
    consequences: ['业主希望周末上门', '需提前报价'],
    asks: ['请安排服务人员联系', '请告知收费标准'],
  },
  DM_LEASING: {
    places: ['物业服务中心', '租售中心'],
    problems: ['咨询房屋出租登记', '委托物业代租', '咨询车位出租', '租户入住登记'],
    consequences: ['业主近期出国', '租户下周入住'],
    asks: ['请提供委托协议', '请说明办理材料'],
  },
  DM_CUSTOMER_DISPUTE: {
    places: ['楼上楼下', '相邻住户', '单元楼道', '地下车位'],
    problems: ['邻里噪音纠纷', '楼道堆放杂物纠纷', '车位被占纠纷', '宠物扰民纠纷'],
    consequences: ['双方多次争吵', '业主情绪激动'],
    asks: ['请物业出面调解', '请尽快协调'],
  },
  DM_DEVELOPMENT: {
    places: ['交付中心', '销售中心', '客服中心'],
    problems: ['咨询交房时间', '咨询产权证办理进度', '咨询维修基金缴纳', '申请更名'],
    consequences: ['业主等待答复', '需要书面材料'],
    asks: ['请开发客服回电', '请提供办理时间表'],
  },
  DM_OTHER: {
    places: ['物业服务中心', '业主群', '客服热线'],
    problems: ['建议增设快递柜', '建议增加健身器材', '建议延长泳池开放时间', '表扬维修师傅'],
    consequences: ['多位业主附议', '希望物业采纳'],
    asks: ['请物业研究答复', '请转达相关部门'],
  },
  DM_BASIC_SERVICE: {
    places: ['楼道', '单元门', '地下车库', '电梯厅'],
    problems: ['申请维修公共照明', '申请疏通下水道', '申请更换门禁卡', '申请清理杂物'],
    consequences: ['影响夜间出行', '影响日常使用'],
    asks: ['请尽快安排', '请预约上门时间'],
  },
};

const GENERIC: Topic = {
  places: ['小区', '楼栋', '物业服务中心', '地下车库'],
  problems: ['服务问题', '设施问题', '管理问题'],
  consequences: ['业主不满', '影响日常生活'],
  asks: ['要求尽快处理', '请安排专人跟进'],
};

export function topicFor(categoryCode: string): Topic {
  return TOPICS[categoryCode] ?? GENERIC;
}

/** Title and description of one record; `group` adds the group-complaint prefix. */
export function complaintText(
  random: () => number,
  categoryCode: string,
  room: string,
  building: number,
  group: boolean,
  households: number,
): { title: string; description: string } {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const topic = topicFor(categoryCode);
  const place = pick(topic.places);
  const problem = pick(topic.problems);
  const consequence = pick(topic.consequences);
  const where = COMMON_PLACES.includes(place) || random() < 0.3 ? `${building}栋${place}` : place;
  const title = `${group ? '群诉：' : ''}${where}${problem}，${consequence}`;
  const who = group ? `${building}栋${households}户业主联名反映` : `${room}业主反映`;
  const description = `${who}：${where}${problem}，${consequence}。${pick(topic.asks)}。`;
  return { title, description };
}

/** Search words that the generated case library is known to contain (see demo-cases.ts). */
export const CASE_QUERIES = ['渗水', '交付延期', '产权证', '物业费', '维修基金', '住建局', '违约金', '外墙 渗水', '产权证 违约金', '卫生间渗水'];
