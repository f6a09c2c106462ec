import { randomUUID } from 'node:crypto';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Category } from '../category/category.entity.js';
import { Case } from '../cases/case.entity.js';
import { searchVectorsOf } from '../cases/case.service.js';
import { User } from '../identity/user.entity.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { DEMO_GROUP_CODE } from './demo-seed.js';

/**
 * The demo case library: published cases composed from the situations the source regulations describe (RULES.md
 * §3, §6; seeds: delivery delay, water leaks, title certificates, sales promises, property service, media
 * exposure, engineering quality, planning changes, maintenance funds, renovation, handover inspection, group
 * litigation). Deterministic: the same seed gives the same texts, so tests can rely on what search finds.
 */

/** Deterministic PRNG (mulberry32). */
export function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The demo projects and their regions (demo-seed.ts). */
export const DEMO_CASE_PROJECTS = [
  { code: 'HY-GZ-YSF', name: '广州·云山府', short: '云山府', region: '华南区域' },
  { code: 'HY-GZ-ZJW', name: '广州·珠江湾', short: '珠江湾', region: '华南区域' },
  { code: 'HY-FS-CY', name: '佛山·禅意花园', short: '禅意花园', region: '华南区域' },
  { code: 'HY-HZ-XXL', name: '杭州·西溪里', short: '西溪里', region: '华东区域' },
  { code: 'HY-SZ-JJH', name: '苏州·金鸡湖壹号', short: '金鸡湖壹号', region: '华东区域' },
  { code: 'HY-SZ-TPH', name: '苏州·太湖半岛', short: '太湖半岛', region: '华东区域' },
] as const;

const GRADE_LABELS: Record<string, string> = { A1: 'A类一级', A2: 'A类二级', GENERAL: '一般事件' };

interface Slots {
  project: string;
  short: string;
  year: number;
  month: number;
  building: number;
  phase: string;
  households: number;
  months: number;
  days: number;
  amount: number;
  part: string;
  item: string;
  media: string;
  contractor: string;
  pick: <T>(items: readonly T[]) => T;
}

type Text = (s: Slots) => string;

interface Situation {
  key: string;
  categoryCode: string;
  grade: (s: Slots) => 'A1' | 'A2' | 'GENERAL';
  /** Slot values specific to the situation (`part`, `item`). */
  parts?: readonly string[];
  items?: readonly string[];
  households: [number, number];
  titles: readonly Text[];
  background: readonly Text[];
  process: readonly Text[];
  result: readonly Text[];
  cause: readonly Text[];
  lessons: readonly Text[];
  measures: readonly Text[];
  tags: (s: Slots) => string[];
}

const PHASES = ['一期', '二期', '三期'];
const MEDIA = ['抖音', '微博', '小红书', '本地电视台', '业主微信群', '本地论坛'];
const CONTRACTORS = ['某建筑工程有限公司', '某防水工程公司', '某装饰工程有限公司', '某机电安装公司', '某园林绿化公司', '某门窗幕墙公司'];

const SITUATIONS: readonly Situation[] = [
  {
    key: 'delivery-delay',
    categoryCode: 'DEV_CUSTOMER_SERVICE',
    grade: () => 'A1',
    households: [80, 600],
    titles: [
      (s) => `${s.short}${s.phase}集中交付延期${s.months}个月群诉处理案例`,
      (s) => `${s.project}交付延期引发业主集体维权`,
      (s) => `${s.short}${s.building}号楼交付延期，业主要求支付违约金`,
    ],
    background: [
      (s) => `${s.project}${s.phase}原定于${s.year}年${s.month}月集中交付，因主体施工进度滞后及市政配套管线未接驳，实际交付延期${s.months}个月，涉及${s.households}户业主。业主在${s.media}集中发声，部分业主到售楼处拉横幅，要求按合同支付逾期交付违约金。`,
      (s) => `${s.year}年${s.month}月，${s.project}${s.phase}临近合同约定交付日，项目仍未取得竣工验收备案，交付延期已成定局。${s.households}户业主组建维权群，多次到住建局信访，要求公司说明延期原因并给出赔偿方案。`,
    ],
    process: [
      (s) => `事件发生后1小时内项目客服逐一电话响应业主，区域客户关系主管负责人牵头成立应急小组，区域总裁任组长，营销、工程、法务、媒体部门参与；${s.days}日内完成对全部${s.households}户业主的沟通登记。`,
      () => '按A类一级事件即时上报集团客户关系部，集团督导处理方案；法务部逐条核对购房合同中逾期交付条款，测算违约金标准。',
      () => '组织两轮业主恳谈会，公布工程节点和每周进度，邀请业主代表参加工地开放日，现场查看施工进度。',
      (s) => `与住建局保持沟通，按时报送处理进展；媒体部跟踪${s.media}舆情，统一对外口径，未再出现负面报道。`,
    ],
    result: [
      (s) => `公司按合同约定向业主支付逾期交付违约金，并赠送${s.pick(['两年物业费', '一年物业费', '车位管理费减免'])}作为补偿，合计约${s.amount}万元；${Math.round(s.households * 0.9)}户业主签署和解协议，事件完结，交付后回访满意度达到85%。`,
      () => '交付延期事件在承诺的新交付日前完成整改并集中交付，绝大部分业主接受补偿方案，未发生集体诉讼，事件完结。',
    ],
    cause: [
      () => '主因是工程总进度计划未充分考虑雨季和市政配套接驳周期，延期风险在交付前三个月已出现但未及时预警；营销在签约时承诺的交付时间没有预留余量。',
      () => '总包单位劳动力不足、关键节点滞后，项目部未按风险预控要求提前上报；交付延期信息告知业主不及时，引发不信任。',
    ],
    lessons: [
      () => '交付延期风险必须在交付前六个月开始逐月评估，一旦判断可能延期，应第一时间启动客户风险预控，主动告知业主并给出方案，而不是等业主发现。',
      () => '延期告知要坦诚、统一口径，补偿方案要一次性讲清楚，避免多次调整引发业主反复维权。',
    ],
    measures: [
      () => '建立交付风险预警机制：工程节点滞后超过15天即触发预警，区域客户关系部介入评估；签约交付时间须经工程部书面确认。',
      () => '交付前六个月开展一户一验和工地开放日，交付延期预案纳入项目开盘前的风险清单。',
    ],
    tags: () => ['交付延期', '群诉', '违约金', 'A类事件'],
  },
  {
    key: 'leak',
    categoryCode: 'DEV_ENGINEERING',
    grade: (s) => (s.households >= 60 ? 'A2' : 'GENERAL'),
    parts: ['卫生间', '外墙', '地下室', '飘窗', '屋面', '阳台', '厨房', '车库顶板'],
    households: [1, 90],
    titles: [
      (s) => `${s.short}${s.building}号楼${s.part}渗水处理案例`,
      (s) => `${s.project}${s.part}渗水反复维修未果引发投诉升级`,
      (s) => `${s.part}渗水导致业主财物受损的赔偿处理`,
    ],
    background: [
      (s) => `${s.year}年${s.month}月，${s.project}${s.building}号楼业主反映${s.part}渗水，雨后墙面发霉、地板起拱，${s.households > 1 ? `同楼栋共${s.households}户陆续报修` : '业主已多次报修'}。维修单位上门处理两次后仍有渗水，业主对维修效果不满意，投诉至区域客户关系部。`,
      (s) => `${s.project}交付第二年进入雨季，${s.part}出现渗漏水，业主家中木地板和家具受损。业主认为属于工程质量问题，要求彻底整改并赔偿损失，情绪较为激动。`,
    ],
    process: [
      () => '物业服务中心当天上门查看并拍照取证，24小时内工程部组织维修单位现场排查渗漏点。',
      (s) => `经闭水试验确认渗水原因为${s.pick(['防水层破损', '穿墙管根部封堵不严', '外墙砖缝开裂', '排水口反坡积水', '窗框与墙体间打胶老化'])}，由${s.contractor}在保修期内返工整改，整改期间为业主提供临时住宿补贴。`,
      () => '整改完成后组织业主共同做第二次闭水试验48小时，确认不再渗漏；同期排查外墙和相邻户，未发现同类问题。',
      () => '对业主受损的地板和墙面按评估价赔付，并由客服专员全程跟进，每两天向业主通报一次进度。',
    ],
    result: [
      (s) => `渗水问题彻底解决，赔付业主损失约${Math.max(1, Math.round(s.amount / 10))}万元，业主签字确认维修结果，回访评分5分，事件完结。`,
      () => '返工后连续观察一个雨季未再渗水，业主对处理结果基本满意，回访评分4分。',
    ],
    cause: [
      (s) => `${s.contractor}防水施工工序不规范，隐蔽工程验收流于形式；前两次维修只处理表面，未找到真正的渗漏点。`,
      () => '设计节点对穿墙管和窗边防水考虑不足，交付前的淋水试验抽检比例过低，未能发现问题。',
    ],
    lessons: [
      () => '渗水维修要先找准原因再施工，必须做闭水或淋水试验验证，避免反复维修消耗业主耐心，小问题拖成投诉升级。',
      () => '工程质量投诉中业主最在意的是响应速度和彻底解决，维修过程要透明，让业主看到检测和整改的每一步。',
    ],
    measures: [
      () => '防水工程实行100%闭水试验并留存影像资料，外墙和窗边交付前全数淋水试验；同类渗水问题在全项目排查。',
      () => '维修单位纳入考核，返修率超标的扣减质保金；建立渗水问题维修台账，一周未解决的自动升级至城市公司。',
    ],
    tags: (s) => ['渗水', '工程质量', s.part, '维修'],
  },
  {
    key: 'title-certificate',
    categoryCode: 'DEV_MARKETING',
    grade: (s) => (s.households >= 100 ? 'A1' : 'A2'),
    households: [60, 500],
    titles: [
      (s) => `${s.short}产权证办理延期群诉处理案例`,
      (s) => `${s.project}产权证逾期${s.months}个月未办理，业主集体投诉`,
      (s) => `${s.short}${s.phase}产权证办理受阻引发业主维权`,
    ],
    background: [
      (s) => `${s.project}${s.phase}交付后，合同约定的产权证办理期限届满仍未能办理，涉及${s.households}户业主。原因是项目土地分期验收未完成，不动产登记中心暂不受理首次登记。业主担心影响子女入学和贷款，集中投诉并向住建局反映。`,
      (s) => `${s.year}年${s.month}月，${s.project}业主在办理落户时得知产权证仍未下发，已超过合同约定时间${s.months}个月，多名业主在${s.media}发帖质疑开发商，要求限期办理并赔偿。`,
    ],
    process: [
      () => '按A类事件上报集团，区域成立产权办理专项小组，营销部、法务部、开发报建部门共同参与，每周召开推进会。',
      () => '与不动产登记中心、自然资源局逐项对接缺失材料，补办规划核实和测绘成果备案，明确办证时间表。',
      (s) => `向${s.households}户业主发出书面告知函，说明延期原因和办理节点，开通专线解答业主疑问；对有入学、贷款急需的业主出具证明协助办理。`,
      () => '法务部测算合同约定的违约责任，与业主代表协商补偿方案。',
    ],
    result: [
      (s) => `在承诺时间内完成首次登记，${s.households}户业主的产权证分批办理完毕，按合同支付违约金约${s.amount}万元，业主接受方案，事件完结。`,
      () => '产权证办理延期问题在三个月内解决，未发生诉讼，回访满意度较事件初期明显回升。',
    ],
    cause: [
      () => '开发报建与营销签约脱节：签约时约定的办证期限未考虑分期验收和配套移交的实际周期，产权证办理风险未纳入交付前风险预控。',
      () => '项目公司对办证资料管理混乱，测绘成果和规划核实材料迟迟未备齐，与登记部门沟通不足。',
    ],
    lessons: [
      () => '产权证办理直接关系业主落户、入学和贷款，一旦延期极易演变为群诉，须按A类事件管理，提前排查办证条件。',
      () => '合同办证期限要留足余量，办证进度要定期主动向业主公示，信息透明能大大减少业主焦虑。',
    ],
    measures: [
      () => '交付前三个月启动办证条件核查清单，开发、营销、客户关系部联合签字确认；办证进度纳入区域月度例会通报。',
      () => '建立产权证办理台账，逾期风险项目提前向业主告知并准备补偿预案。',
    ],
    tags: () => ['产权证', '营销管理', '群诉', 'A类事件'],
  },
  {
    key: 'sales-promise',
    categoryCode: 'DEV_MARKETING',
    grade: (s) => (s.households >= 60 ? 'A2' : 'GENERAL'),
    items: ['学位', '地铁站', '商业综合体', '中庭景观', '赠送面积', '精装修标准', '会所泳池'],
    households: [5, 150],
    titles: [
      (s) => `销售承诺${s.item}未兑现引发的投诉`,
      (s) => `${s.short}业主投诉销售承诺${s.item}与实际不符`,
      (s) => `${s.project}样板房与交付标准不一致的处理案例`,
    ],
    background: [
      (s) => `${s.project}业主反映，购房时置业顾问口头承诺${s.item}，并在宣传折页中有相关描述，交付后发现与承诺不符。${s.households}户业主联名投诉，认为公司虚假宣传，要求兑现承诺或退房。`,
      (s) => `${s.year}年${s.month}月交付时，业主发现${s.item}与样板房展示和销售说辞存在差异，部分业主拒绝收房，并在${s.media}发布对比照片。`,
    ],
    process: [
      () => '营销部调取销售录音、宣传资料和合同附件，逐项核对承诺内容，区分合同约定、宣传资料和口头承诺。',
      () => '法务部出具意见：宣传资料中具体明确的内容视为要约，须兑现；口头承诺无书面依据的，通过沟通说明并酌情给予补偿。',
      () => '区域客户关系主管负责人组织业主代表座谈，公布核查结果和整改计划，对可以兑现的部分明确完成时间。',
    ],
    result: [
      (s) => `对宣传资料中明确的内容全部整改兑现，对无法兑现的${s.item}给予每户补偿，合计约${Math.max(1, Math.round(s.amount / 5))}万元，业主接受方案，事件完结。`,
      () => '整改后组织业主验收，多数业主认可处理结果，少数业主的退房诉求按合同约定办理。',
    ],
    cause: [
      () => '销售环节管控不严，置业顾问为促成签约夸大宣传，宣传资料未经法务审核；交付标准变更未及时同步营销口径。',
      () => '设计变更后样板房未同步调整，交付标准与展示不一致，营销与设计、工程部门信息不通畅。',
    ],
    lessons: [
      () => '销售承诺是营销类投诉的主要来源，凡对外宣传的内容必须有据可依、可以兑现，口头承诺同样会成为业主维权的理由。',
      () => '交付标准变更必须同步告知已签约业主并做好记录，不能等到交付时让业主自己发现。',
    ],
    measures: [
      () => '宣传资料和销售说辞实行法务前置审核；置业顾问签署承诺规范，违规承诺纳入绩效考核并问责。',
      () => '样板房保留至交付后三个月，交付标准变更须书面告知业主并取得确认。',
    ],
    tags: (s) => ['销售承诺', '营销管理', s.item, '虚假宣传'],
  },
  {
    key: 'property-service',
    categoryCode: 'DEV_PROPERTY_SERVICE',
    grade: () => 'GENERAL',
    items: ['物业费上涨', '电梯故障困人', '停车管理混乱', '保洁不到位', '安保巡逻缺失', '绿化养护差', '门禁系统失灵', '垃圾清运不及时'],
    households: [1, 60],
    titles: [
      (s) => `${s.short}物业服务中心${s.item}引发业主投诉`,
      (s) => `${s.item}投诉的处理与整改`,
      (s) => `${s.project}业主因${s.item}拒缴物业费`,
    ],
    background: [
      (s) => `${s.year}年${s.month}月，${s.project}业主连续反映${s.item}问题，认为物业服务与物业费标准不匹配。业主在业主微信群中发起联名，部分业主以拒缴物业费表达不满。`,
      (s) => `${s.project}物业服务中心接到${s.households}户业主关于${s.item}的集中投诉，业主委员会要求物业公司限期整改并公示整改结果。`,
    ],
    process: [
      () => '物业服务中心当天响应，项目管理中心派品质督导到场核查，确认服务缺失情况并拍照留存。',
      () => '召开业主委员会沟通会，公布整改方案、责任人和完成时限，整改期间每周在公告栏公示进度。',
      () => '品管中心对整改结果进行第三方抽查，回访投诉业主满意度。',
    ],
    result: [
      () => '整改在五个工作日内完成，业主对服务改善表示认可，拒缴物业费的业主陆续补缴，事件完结。',
      () => '通过增加人员配置和设备维保频次，投诉问题基本解决，回访满意度从62%提升至88%。',
    ],
    cause: [
      () => '物业服务中心人员配置不足、岗位职责不清，日常巡检流于形式；对业主诉求的响应和反馈不及时，小问题积累成群体不满。',
      () => '设备维保外包单位履约不到位，物业服务中心监督缺失，物业费调整前未与业主充分沟通。',
    ],
    lessons: [
      () => '物业服务投诉往往是长期服务短板的集中爆发，日常品质检查和业主沟通比事后整改更重要。',
      () => '涉及物业费的调整必须依法依规、公开透明，先沟通、后公示，避免业主以拒缴物业费对抗。',
    ],
    measures: [
      () => '建立月度业主满意度测评和品质巡检制度，问题整改闭环管理；外包单位按服务质量考核付款。',
      () => '物业服务中心设立首问负责制，业主报事报修在系统中全程跟踪，超时自动升级至项目管理中心。',
    ],
    tags: (s) => ['物业服务', s.item, '物业费'],
  },
  {
    key: 'media-exposure',
    categoryCode: 'DEV_CUSTOMER_SERVICE',
    grade: (s) => (s.households >= 100 ? 'A1' : 'A2'),
    households: [20, 300],
    titles: [
      (s) => `业主在${s.media}发布视频引发舆情的处置案例`,
      (s) => `${s.short}投诉遭${s.media}曝光后的媒体应对`,
      (s) => `${s.project}媒体曝光事件的舆情处置`,
    ],
    background: [
      (s) => `${s.project}业主因${s.pick(['房屋质量问题', '交付延期', '车位销售纠纷', '物业服务问题'])}多次投诉未果，在${s.media}发布视频并被转发，点击量迅速上升，${s.households}户业主跟帖声援，本地媒体记者联系项目要求采访。`,
      (s) => `${s.year}年${s.month}月，有业主将投诉经历发布到${s.media}，标题带有明显负面情绪，引发舆情，集团媒体部监测到后通报区域。`,
    ],
    process: [
      () => '媒体部2小时内完成舆情研判，统一对外口径，由区域媒体负责人对接记者，项目人员不得私自回应。',
      () => '客户关系部同步联系发帖业主，当面了解诉求并致歉，承诺限期解决；法务部评估内容中的不实信息。',
      () => '问题解决后邀请业主确认结果，业主自行更新视频说明处理情况，舆情在三天内平息。',
    ],
    result: [
      () => '业主诉求得到解决并对处理表示认可，负面视频下架，未形成持续的媒体报道，事件完结。',
      () => '舆情得到控制，相关问题整改到位，媒体后续报道客观反映了公司的处理过程。',
    ],
    cause: [
      () => '前期投诉处理拖延、反馈不及时，业主认为正常渠道无效才转向媒体曝光；一线人员缺乏舆情敏感性，未及时上报。',
      () => '投诉升级机制未被执行，超期未解决的投诉没有按规定升级处理。',
    ],
    lessons: [
      () => '媒体曝光几乎都源于投诉处理不及时，快速响应和按时限升级是预防舆情的最好办法。',
      () => '舆情处置要先解决业主的问题再谈传播，统一口径、专人对接，避免多头回应造成二次舆情。',
    ],
    measures: [
      () => '建立舆情监测和分级响应机制，媒体曝光事件即时上报集团；一线员工定期开展舆情应对培训。',
      () => '投诉超过处理时限未解决的，系统自动升级并提醒第一责任人，防止小事拖成媒体曝光。',
    ],
    tags: (s) => ['媒体曝光', '舆情', s.media],
  },
  {
    key: 'engineering-quality',
    categoryCode: 'DEV_ENGINEERING',
    grade: () => 'GENERAL',
    items: ['地面空鼓', '墙面开裂', '门窗关闭不严', '地暖不热', '排水管道堵塞', '隔音差', '瓷砖脱落'],
    households: [1, 40],
    titles: [
      (s) => `${s.short}${s.building}号楼${s.item}维修投诉处理`,
      (s) => `${s.item}问题批量整改案例`,
      (s) => `${s.project}交付后${s.item}引发的工程质量投诉`,
    ],
    background: [
      (s) => `${s.project}交付半年后，${s.building}号楼多户业主报修${s.item}，维修响应慢，业主多次催促无果，投诉至城市公司。`,
      (s) => `${s.year}年${s.month}月，${s.project}业主反映${s.item}，认为精装修质量差，要求全面检测并更换。`,
    ],
    process: [
      () => '工程部组织维修单位和监理共同排查，对同批次施工的房屋进行抽检，确定问题范围。',
      (s) => `由${s.contractor}按维修方案分户整改，客服专员提前预约上门时间，维修完成后请业主验收签字。`,
      () => '对维修期间给业主造成的不便给予适当补偿，并延长相关部位的保修期。',
    ],
    result: [
      () => '问题户全部整改完成，业主验收合格，回访满意，事件完结。',
      () => '批量整改后同类报修明显下降，业主对处理速度和态度表示认可。',
    ],
    cause: [
      (s) => `${s.contractor}施工质量控制不到位，材料进场检验不严；交付前分户验收未发现隐患。`,
      () => '维修工单分派和跟踪机制缺失，报修长时间无人跟进，导致业主不满升级。',
    ],
    lessons: [
      () => '同一问题多户报修时要及时判断是否为批量质量问题，批量问题应主动排查、统一整改，而不是逐户被动维修。',
    ],
    measures: [
      () => '交付前开展一户一验，重点检查空鼓、开裂、门窗和排水；维修工单超过三天未完成自动预警。',
      () => '将维修单位的返修率和业主评价纳入考核，与质保金挂钩。',
    ],
    tags: (s) => ['工程质量', s.item, '维修'],
  },
  {
    key: 'planning-change',
    categoryCode: 'DEV_PLANNING_DESIGN',
    grade: (s) => (s.households >= 60 ? 'A2' : 'GENERAL'),
    items: ['规划变更增加楼栋', '采光遮挡', '车位配比不足', '小区出入口调整', '配套幼儿园改作他用'],
    households: [10, 200],
    titles: [
      (s) => `${s.short}${s.item}引发业主群诉`,
      (s) => `${s.item}投诉的沟通与处理`,
    ],
    background: [
      (s) => `${s.project}业主发现小区规划发生变化：${s.item}，与购房时公示的规划不一致。${s.households}户业主认为权益受损，到住建局和规划部门信访，并要求公司恢复原规划。`,
    ],
    process: [
      () => '设计部整理规划审批文件和变更依据，法务部评估合同约定和公示义务的履行情况。',
      () => '区域召开业主说明会，由设计负责人解读变更原因和对业主的影响，听取业主意见。',
      () => '对受影响较大的业主提出补偿方案，部分变更经与规划部门沟通后调整实施方案。',
    ],
    result: [
      () => '通过调整方案和补偿，大部分业主接受处理结果，信访事项办结，事件完结。',
    ],
    cause: [
      () => '规划变更未履行对已购房业主的告知义务，变更决策时未评估客户影响；销售现场公示的规划未及时更新。',
    ],
    lessons: [
      () => '涉及规划和设计的变更会影响全体业主，变更前必须评估客户风险并制定沟通方案，依法公示、主动告知。',
    ],
    measures: [
      () => '规划设计变更须经客户关系部会签，评估对已售房屋的影响；销售现场规划公示实行定期核查。',
    ],
    tags: (s) => ['规划设计', s.item, '群诉'],
  },
  {
    key: 'maintenance-fund',
    categoryCode: 'PM_GENERAL_SERVICE',
    grade: () => 'GENERAL',
    households: [10, 120],
    titles: [
      (s) => `${s.short}维修基金使用争议的处理`,
      () => '公共维修基金申请使用引发业主质疑',
    ],
    background: [
      (s) => `${s.project}外墙和电梯需要大修，物业服务中心提出动用维修基金，部分业主质疑维修报价过高、程序不透明，拒绝签字表决，并投诉到住建局。`,
    ],
    process: [
      () => '物业服务中心公开维修方案、三家报价和第三方评估报告，组织业主代表参与比选。',
      () => '按规定程序发起业主表决，在公告栏和业主群公示表决结果及资金使用明细。',
    ],
    result: [
      () => '维修基金使用方案获得法定比例业主同意，维修完成后公示决算，业主质疑消除。',
    ],
    cause: [
      () => '维修基金使用流程信息不透明，前期未与业主委员会充分沟通，引发业主对资金使用的不信任。',
    ],
    lessons: [
      () => '涉及业主共有资金的事项必须公开透明、程序合规，让业主参与决策，才能获得信任。',
    ],
    measures: [
      () => '维修基金使用实行方案公示、报价比选、业主表决、决算公示四步流程，全程留档。',
    ],
    tags: () => ['维修基金', '物业服务', '住建局'],
  },
  {
    key: 'renovation',
    categoryCode: 'PM_ORDER',
    grade: () => 'GENERAL',
    households: [1, 30],
    titles: [
      (s) => `${s.short}装修噪音扰民投诉处理`,
      () => '违规装修破坏承重墙的处置案例',
    ],
    background: [
      (s) => `${s.project}${s.building}号楼有业主在非规定时间装修施工，噪音扰民，相邻业主多次投诉物业，认为装修管理不到位。`,
      () => '物业巡查发现某户装修拆改承重墙，相邻业主担心结构安全，集体要求物业制止并恢复原状。',
    ],
    process: [
      () => '物业服务中心立即上门制止违规施工，向装修业主发出整改通知书，暂停其装修出入证。',
      () => '对涉及结构安全的，委托检测机构出具鉴定意见，并报告住建部门依法处理。',
    ],
    result: [
      () => '违规装修得到纠正，相邻业主的诉求得到回应，投诉办结。',
    ],
    cause: [
      () => '装修管理巡查频次不足，装修协议对违规行为的约束不明确。',
    ],
    lessons: [
      () => '装修管理要事前告知、事中巡查、违规即停，处理相邻业主纠纷时物业要做好协调而不是旁观。',
    ],
    measures: [
      () => '装修期间每日巡查并记录；装修协议明确违规责任和押金扣减规则。',
    ],
    tags: () => ['装修管理', '噪音扰民', '物业服务'],
  },
  {
    key: 'handover-inspection',
    categoryCode: 'DEV_CUSTOMER_SERVICE',
    grade: (s) => (s.households >= 60 ? 'A2' : 'GENERAL'),
    households: [5, 150],
    titles: [
      (s) => `${s.short}集中交付验房问题多，业主拒绝收房`,
      (s) => `${s.project}带客验房发现问题的整改跟踪`,
    ],
    background: [
      (s) => `${s.project}${s.phase}集中交付时，业主验房发现门窗划伤、墙面不平、渗水痕迹等问题，${s.households}户业主拒绝收房，要求整改到位后再办理交付手续。`,
    ],
    process: [
      () => '交付现场设立问题登记台，逐户登记验房问题并明确整改时限，工程部和维修单位驻场整改。',
      () => '整改完成后通知业主复验，复验合格再办理交付；对超期未整改的问题每日通报。',
    ],
    result: [
      () => '验房问题在承诺时限内整改完成，业主复验后陆续收房，未引发群诉，事件完结。',
    ],
    cause: [
      () => '交付前一户一验执行不到位，问题未在交付前消化；工程收尾与交付准备时间过紧。',
    ],
    lessons: [
      () => '交付是客户体验最集中的时刻，交付前必须完成一户一验并整改，带问题交付必然引发投诉。',
    ],
    measures: [
      () => '交付前六十天完成一户一验，交付评估未达标的项目不得组织集中交付。',
    ],
    tags: () => ['交付', '验房', '一户一验'],
  },
  {
    key: 'group-litigation',
    categoryCode: 'DEV_ENGINEERING',
    grade: (s) => (s.households >= 100 ? 'A1' : 'A2'),
    households: [60, 400],
    titles: [
      (s) => `${s.short}业主集体诉讼的应对与和解`,
      (s) => `${s.households}户业主起诉房屋质量问题的处理案例`,
    ],
    background: [
      (s) => `${s.project}业主因${s.pick(['外墙渗水', '地下室渗水', '公共部位质量问题', '面积差异'])}多次协商未果，${s.households}户业主委托律师提起集体诉讼，要求赔偿损失，涉案金额约${s.amount}万元。`,
    ],
    process: [
      () => '按A类事件上报集团，法务部牵头应诉，客户关系部同步保持与业主的沟通，寻求诉前和解。',
      () => '委托第三方检测机构对争议部位进行鉴定，依据鉴定结论制定维修和补偿方案。',
      () => '在法院主持下与业主代表多轮调解，达成和解协议，公司按协议完成维修和补偿。',
    ],
    result: [
      (s) => `和解协议履行完毕，业主撤诉，补偿和维修费用合计约${s.amount}万元，事件完结。`,
    ],
    cause: [
      () => '质量问题前期处理不彻底，业主诉求长期得不到回应，矛盾累积最终走向诉讼；升级和内部评审机制未有效运转。',
    ],
    lessons: [
      () => '群诉走向诉讼代价远高于早期解决，发现群体性质量问题应尽早启动内部评审，主动提出解决方案。',
    ],
    measures: [
      () => '群诉事件启动应急小组机制，区域总裁牵头；涉诉风险事件每周向集团报告进展。',
    ],
    tags: () => ['群诉', '诉讼', 'A类事件', '工程质量'],
  },
];

export interface DemoCaseSpec {
  projectCode: string;
  title: string;
  background: string;
  handlingProcess: string;
  result: string;
  causeAnalysis: string;
  lessonsLearned: string;
  preventiveMeasures: string;
  tags: string[];
  categoryCode: string;
  gradeCode: string;
  gradeLabel: string;
  year: number;
  publishedAt: Date;
}

/** `count` cases, deterministic for a seed; the situations take turns so every kind is well represented. */
export function generateDemoCases(count: number, seed = 20261123): DemoCaseSpec[] {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const specs: DemoCaseSpec[] = [];
  for (let i = 0; i < count; i++) {
    const situation = SITUATIONS[i % SITUATIONS.length]!;
    const project = pick(DEMO_CASE_PROJECTS);
    const year = between(2019, 2026);
    const slots: Slots = {
      project: project.name,
      short: project.short,
      year,
      month: between(1, 12),
      building: between(1, 18),
      phase: pick(PHASES),
      households: between(...situation.households),
      months: between(2, 9),
      days: between(2, 7),
      amount: between(20, 900),
      part: situation.parts ? pick(situation.parts) : '',
      item: situation.items ? pick(situation.items) : '',
      media: pick(MEDIA),
      contractor: pick(CONTRACTORS),
      pick,
    };
    const some = (texts: readonly Text[], max: number) => {
      const chosen = texts.filter(() => random() < 0.75);
      return (chosen.length ? chosen : [texts[0]!]).slice(0, max).map((text) => text(slots));
    };
    const grade = situation.grade(slots);
    specs.push({
      projectCode: project.code,
      title: pick(situation.titles)(slots),
      background: pick(situation.background)(slots),
      handlingProcess: situation.process.map((text, step) => `${step + 1}. ${text(slots)}`).join('\n'),
      result: pick(situation.result)(slots),
      causeAnalysis: some(situation.cause, 2).join(''),
      lessonsLearned: some(situation.lessons, 2).join(''),
      preventiveMeasures: some(situation.measures, 2).join(''),
      tags: situation.tags(slots).filter(Boolean),
      categoryCode: situation.categoryCode,
      gradeCode: grade,
      gradeLabel: GRADE_LABELS[grade]!,
      year,
      // Published some weeks after the event, at a fixed hour: deterministic.
      publishedAt: new Date(Date.UTC(year, slots.month - 1, between(1, 28), 2, between(0, 59)) + between(20, 90) * 86_400_000),
    });
  }
  return specs;
}

/** What a bulk insert needs to know about the group: its units, categories and the author of record. */
export interface CaseTarget {
  groupId: string;
  authorId: string;
  units: Map<string, OrgUnit>;
  regionNames: Map<string, string>;
  categories: Map<string, Category>;
}

export async function caseTargetFor(em: EntityManager, groupCode = DEMO_GROUP_CODE): Promise<CaseTarget | null> {
  const group = await em.findOne(OrgUnit, { code: groupCode, level: 'GROUP' });
  if (!group) return null;
  const units = await em.find(OrgUnit, { groupId: group.id });
  const byCode = new Map(units.map((unit) => [unit.code, unit]));
  const regionNames = new Map<string, string>();
  for (const unit of units) {
    const region = units.find((candidate) => candidate.level === 'REGION' && unit.path.startsWith(candidate.path));
    if (region) regionNames.set(unit.code, region.name);
  }
  const categories = new Map((await em.find(Category, { groupId: group.id })).map((category) => [category.code, category]));
  const author = (await em.findOne(User, { login: 'group.cr' })) ?? (await em.findOne(User, { orgUnit: group }));
  if (!author) return null;
  return { groupId: group.id, authorId: author.id, units: byCode, regionNames, categories };
}

/** Rows of published cases, search vectors computed like every write (segmentation: the CPU-heavy part). */
export function caseRowsFor(target: CaseTarget, specs: readonly DemoCaseSpec[]) {
  return specs.flatMap((spec) => {
    const unit = target.units.get(spec.projectCode);
    const category = target.categories.get(spec.categoryCode);
    if (!unit || !category) return [];
    const texts = { ...spec, orgUnitName: unit.name, regionName: target.regionNames.get(unit.code) ?? null };
    return [
      {
        id: randomUUID(),
        groupId: target.groupId,
        status: 'PUBLISHED' as const,
        title: spec.title,
        background: spec.background,
        handlingProcess: spec.handlingProcess,
        result: spec.result,
        causeAnalysis: spec.causeAnalysis,
        lessonsLearned: spec.lessonsLearned,
        preventiveMeasures: spec.preventiveMeasures,
        tags: spec.tags,
        category: category.id,
        categoryCode: category.code,
        gradeCode: spec.gradeCode,
        gradeLabel: spec.gradeLabel,
        orgUnit: unit.id,
        orgUnitName: texts.orgUnitName,
        regionName: texts.regionName,
        year: spec.year,
        sourceComplaint: null,
        authorId: target.authorId,
        submittedAt: spec.publishedAt,
        publishedAt: spec.publishedAt,
        publishedBy: target.authorId,
        revision: 1,
        listedAt: spec.publishedAt,
        ...searchVectorsOf(texts, category.label),
        createdAt: spec.publishedAt,
        updatedAt: spec.publishedAt,
        version: 1,
      },
    ];
  });
}

/**
 * Inserts rows in multi-row statements through knex: MikroORM's `insertMany` spends over a millisecond per row on
 * mapping, which 240 demo rows do not notice and 100k benchmark rows do.
 */
export async function insertCaseRows(em: EntityManager, rows: ReturnType<typeof caseRowsFor>, chunk = 500): Promise<number> {
  const meta = em.getMetadata().get<Case>(Case.name);
  const properties = meta.properties as unknown as Record<string, { fieldNames: string[] }>;
  const columnOf = (property: string) => properties[property]!.fieldNames[0]!;
  const knex = em.getKnex();
  for (let start = 0; start < rows.length; start += chunk) {
    const records = rows.slice(start, start + chunk).map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [columnOf(key), value])));
    await knex(meta.tableName).insert(records);
  }
  return rows.length;
}

export function insertCases(em: EntityManager, target: CaseTarget, specs: readonly DemoCaseSpec[]): Promise<number> {
  return insertCaseRows(em, caseRowsFor(target, specs));
}

/**
 * The demo library, on first start: skipped when the demo group already has cases (or does not exist). Bulk
 * inserted, so it adds well under a second to the first start.
 */
export async function seedDemoCases(orm: MikroORM, count = 240): Promise<number> {
  const em = orm.em.fork();
  const target = await caseTargetFor(em);
  if (!target || (await em.count(Case, { groupId: target.groupId })) > 0) return 0;
  return insertCases(em, target, generateDemoCases(count));
}
