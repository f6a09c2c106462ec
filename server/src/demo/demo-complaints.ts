import type { ComplaintKind, ComplaintState } from '@kesu/domain';
import { defineAbilityFor } from '@kesu/permissions';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Complaint } from '../complaint/complaint.entity.js';
import { createComplaint } from '../complaint/complaint-intake.service.js';
import * as transitions from '../complaint/complaint.service.js';
import type { Context } from '../graphql/context.js';
import { toGlobalId } from '../graphql/global-id.js';
import { createLoaders } from '../graphql/loaders.js';
import { loadViewer } from '../identity/identity.service.js';
import { User } from '../identity/user.entity.js';
import type { TokenService } from '../identity/token.service.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { createLocalPubSub } from '../realtime/pubsub.js';

/** Deterministic PRNG (mulberry32): the same demo every time. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS: Record<string, [string, string][]> = {
  DEV_ENGINEERING: [['卫生间渗水', '卫生间天花板渗水，楼下住户已受影响'], ['外墙开裂', '客厅外墙出现多条裂缝，雨天渗水'], ['地面空鼓', '客厅地砖大面积空鼓'], ['窗户漏风', '主卧铝合金窗密封不严，冬季漏风']],
  DEV_PLANNING_DESIGN: [['采光遮挡', '新建配套楼遮挡南向采光，与销售时承诺不符'], ['车位尺寸偏小', '地下车位尺寸偏小，停车困难']],
  DEV_MARKETING: [['销售承诺未兑现', '销售时承诺的学区配套未落实'], ['产权证办理延迟', '交房一年仍未办理产权证']],
  DEV_CUSTOMER_SERVICE: [['维修响应慢', '报修三次仍未上门'], ['交付资料缺失', '交付时未提供使用说明书和保修书']],
  DEV_PROPERTY_SERVICE: [['小区保洁不到位', '楼道垃圾多日未清理'], ['停车管理混乱', '外来车辆占用业主车位']],
  PM_EQUIPMENT: [['电梯频繁故障', '2 号电梯一周内停运三次'], ['水泵噪音', '地下水泵房噪音扰民']],
  PM_ORDER: [['夜间施工扰民', '装修施工超时作业'], ['门禁失灵', '单元门禁长期损坏']],
  PM_ENVIRONMENT: [['绿化带枯死', '中庭绿化带大面积枯死'], ['垃圾站异味', '垃圾站夏季异味严重']],
  DM_CONSULTING: [['咨询物业费标准', '业主咨询新一年物业费收费标准'], ['咨询装修流程', '业主咨询装修报备流程']],
  DM_BASIC_SERVICE: [['申请维修公共照明', '楼道灯不亮，申请维修']],
};
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭'];

/** Where each demo record ends, with the weights that make the workbench look lived-in. */
const TARGETS: [ComplaintState, number][] = [
  ['REGISTERED', 8], ['RESPONDED', 8], ['HANDLING', 14], ['ESCALATED', 6], ['INTERNAL_REVIEW', 3], ['EXTERNAL_REVIEW', 2],
  ['CONCLUDED', 8], ['RETURN_VISITED', 6], ['ARCHIVED', 30], ['INVALID', 4], ['WARNING', 4],
];

async function contextFor(orm: MikroORM, tokens: TokenService, login: string): Promise<Context> {
  const em = orm.em.fork();
  const user = await em.findOneOrFail(User, { login });
  const viewer = (await loadViewer(em, user.id))!;
  const ability = defineAbilityFor({ userId: user.id, grants: viewer.grants });
  return { em, viewer, ability, authError: null, loaders: createLoaders(em, ability), tokens, pubSub: createLocalPubSub() };
}

/**
 * A few hundred complaints, demands and warnings across the demo group in every state, each taken through the
 * real services (grading, deadlines, the state machine, events), so the admin has something real to show.
 * Runs once: skipped when the group already has complaints.
 */
export async function seedDemoComplaints(orm: MikroORM, tokens: TokenService, count = 240): Promise<number> {
  const em = orm.em.fork();
  if ((await em.count(Complaint, {})) > 0) return 0;
  const random = prng(20261122);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const projects = await em.find(OrgUnit, { level: 'PROJECT' }, { orderBy: { code: 'asc' } });
  const regionOf = (project: OrgUnit) => (project.code.startsWith('HY-HZ') || project.code.startsWith('HY-SZ') ? 'east' : 'south');
  const contexts = { south: await contextFor(orm, tokens, 'south.cr.exec'), east: await contextFor(orm, tokens, 'east.cr.exec') };
  const totalWeight = TARGETS.reduce((sum, [, w]) => sum + w, 0);

  let created = 0;
  for (let i = 0; i < count; i++) {
    const project = pick(projects);
    const region = regionOf(project);
    const ctx = { ...contexts[region], em: orm.em.fork() };
    ctx.loaders = createLoaders(ctx.em, ctx.ability);
    let roll = random() * totalWeight;
    const target = TARGETS.find(([, w]) => (roll -= w) < 0)![0];
    const kind: ComplaintKind = target === 'WARNING' ? 'WARNING' : random() < 0.15 && ['ARCHIVED', 'HANDLING', 'REGISTERED'].includes(target) ? 'DEMAND' : 'COMPLAINT';
    const categories = Object.keys(TOPICS).filter((code) => (kind === 'DEMAND' ? code.startsWith('DM_') : !code.startsWith('DM_')));
    const categoryCode = pick(categories);
    const [title, description] = pick(TOPICS[categoryCode]!);
    const group = random() < 0.06;
    const open = !['ARCHIVED', 'INVALID', 'CONCLUDED', 'RETURN_VISITED'].includes(target);
    // Open records are recent (so not yet overdue); closed ones spread over the last three months.
    const ageHours = open ? 1 + random() * 40 : 24 * (5 + random() * 85);
    const building = 1 + Math.floor(random() * 12);
    const room = `${building}-${1 + Math.floor(random() * 30)}0${1 + Math.floor(random() * 4)}`;
    const { complaint } = await createComplaint(ctx, {
      kind,
      projectId: toGlobalId('OrgUnit', project.id),
      channel: pick(['PHONE', 'PHONE', 'VISIT', 'APP', 'WEB', 'PROPERTY_REFERRAL'] as const),
      categoryCode,
      title: group ? `${title}（群诉）` : title,
      description: `${room} 业主反映：${description}。`,
      receivedAt: new Date(Date.now() - ageHours * 3600_000),
      customers: [{ name: `${pick(SURNAMES)}${random() < 0.5 ? '先生' : '女士'}`, phone: `139${String(Math.floor(random() * 1e8)).padStart(8, '0')}`, room }],
      householdCount: group ? 5 + Math.floor(random() * 130) : 1,
      compensationAmount: random() < 0.2 ? (Math.floor(random() * 5000) * 10).toFixed(2) : null,
      flags: group && random() < 0.3 ? ['MEDIA_EXPOSURE'] : [],
    });
    await walk(ctx, complaint, target, random);
    created++;
  }
  return created;
}

async function walk(ctx: Context, start: Complaint, target: ComplaintState, random: () => number): Promise<void> {
  let c = start;
  const ref = () => ({ id: toGlobalId('Complaint', c.id), version: c.version });
  const step = async (run: () => Promise<Complaint>) => {
    ctx.em.clear();
    c = await run();
  };
  if (target === 'WARNING' || target === 'REGISTERED') return;
  if (target === 'INVALID') return void (await step(() => transitions.markInvalid(ctx, { ...ref(), reason: '经核实非我司责任，属无效投诉' })));
  await step(() => transitions.respond(ctx, { ...ref(), note: '已电话联系业主，说明处理安排' }));
  if (target === 'RESPONDED') return;
  await step(() => transitions.startHandling(ctx, { ...ref(), plan: '安排专业人员上门核查并制定整改方案' }));
  if (target === 'HANDLING') return;
  // A-class events are owned by the group from intake: there is no level above to escalate to.
  const atTop = (await ctx.em.fork().findOneOrFail(OrgUnit, { id: c.owningUnit.id })).level === 'GROUP';
  if (['ESCALATED', 'INTERNAL_REVIEW', 'EXTERNAL_REVIEW'].includes(target) && c.kind === 'COMPLAINT' && !atTop) {
    await step(() => transitions.escalate(ctx, { ...ref(), reason: 'CUSTOMER_DISAGREES', note: '业主对方案分歧较大' }));
    if (target === 'ESCALATED') return;
    await step(() => transitions.startInternalReview(ctx, { ...ref(), note: '区域组织内部评审' }));
    if (target === 'INTERNAL_REVIEW') return;
    await step(() => transitions.startExternalReview(ctx, { ...ref(), method: random() < 0.5 ? 'ARBITRATION' : 'LITIGATION', note: '业主申请仲裁' }));
    return;
  }
  await step(() => transitions.conclude(ctx, { ...ref(), planApproved: true, acceptingHouseholds: c.householdCount, confirmationScore: 4 + Math.round(random()), summary: '整改完成，业主确认' }));
  if (target === 'CONCLUDED') return;
  if (c.returnVisitRequired) {
    await step(() => transitions.recordReturnVisit(ctx, { ...ref(), method: random() < 0.8 ? 'ON_SITE' : 'PHONE', score: 3 + Math.floor(random() * 3), serviceQuality: '服务及时', serviceEffect: '问题已解决' }));
  }
  if (target === 'RETURN_VISITED' || c.status !== 'RETURN_VISITED' && c.status !== 'CONCLUDED') return;
  if (c.requiresAccountability) return; // archiving needs an accountability record (a later module)
  await step(() => transitions.archive(ctx, { ...ref() }));
}
