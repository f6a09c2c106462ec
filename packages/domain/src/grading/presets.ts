import type { GradePolicy, GradeScheme } from './grade-scheme.js';

/**
 * The source regulations as data (RULES.md §4, time limits from §5). A group picks one preset as its first grade
 * scheme and edits thresholds from there; a complaint keeps the scheme version it was graded under.
 *
 * Time limits shared by every preset (RULES.md §5, marked **default** there):
 * - respond within 1 hour (CG/EG §4.3: "响应时间自获取投诉信息后计算，不超过1个小时"), wall-clock;
 * - resolve within 5 working days from acceptance (XX 4.2.2.1 投诉, 4.2.2.2 需求);
 * - an escalated complaint within 15 working days from the next level taking it over (XX 4.2.2.3).
 */
const RESPONSE_MINUTES = 60;
const RESOLUTION_WORKING_DAYS = 5;
const ESCALATED_RESOLUTION_WORKING_DAYS = 15;

const baseTimeLimits = {
  responseMinutes: RESPONSE_MINUTES,
  resolutionWorkingDays: RESOLUTION_WORKING_DAYS,
  escalatedResolutionWorkingDays: ESCALATED_RESOLUTION_WORKING_DAYS,
} as const;

/** Handled where it arose; nothing extra. */
const GENERAL_POLICY: GradePolicy = {
  ...baseTimeLimits,
  escalationTarget: null,
  startsEmergencyTeam: false,
  requiresAccountability: false,
  notifyGroupImmediately: false,
};

/**
 * 碧桂园 / 恒大 key-event grading, "客户类重点事件(含投诉)分级标准" (CG §7; EG §7 has the same heading).
 *
 * The source table is cut off after A类二级 item 2: the level-2 compensation threshold is lost. We use
 * ≥ 1,000,000 yuan (RULES.md §4, **ours**) and bound it below the level-1 threshold. Lower classes (B/C…) may
 * have followed in the lost part; everything below A类 gets the default grade "一般事件".
 *
 * Policies: A-class events are reported up to the group at once (RULES.md §6; CG §5.1(3) group CR supervises key
 * events); a key group complaint starts the regional emergency team (CG §4.4); accountability follows conclusion
 * (CG §4.5, §5.3(3)). Which of these apply to each level is **ours**: level 1 goes to the group, level 2 to the
 * region; both start the emergency team, require accountability and tell the group at once.
 */
function keyEventScheme(code: string, name: string, source: string): GradeScheme {
  return {
    code,
    name,
    source,
    defaultGradeCode: 'GENERAL',
    // "客户类重点事件(含投诉)": events, complaints included — a warning about a coming delivery delay is graded too.
    // Demands (not caused by the company, XX 4.1.1.2) are not key events.
    gradedKinds: ['COMPLAINT', 'WARNING'],
    grades: [
      {
        code: 'A1',
        label: 'A类一级',
        rank: 20,
        policy: {
          ...baseTimeLimits,
          escalationTarget: 'GROUP',
          startsEmergencyTeam: true,
          requiresAccountability: true,
          notifyGroupImmediately: true,
        },
        rules: [
          {
            id: 'A1_DELIVERY_DELAY',
            source: 'CG §7 A类一级 第1项（集中交付延期）',
            conditions: [{ fact: 'flag', flag: 'DELIVERY_DELAY' }],
          },
          {
            id: 'A1_TITLE_DELAY',
            source: 'CG §7 A类一级 第1项（产权办理延期）',
            conditions: [{ fact: 'flag', flag: 'TITLE_DELAY' }],
          },
          // "引起100户(含)以上投诉或诉讼": inclusive.
          {
            id: 'A1_HOUSEHOLDS',
            source: 'CG §7 A类一级 第2项（100户(含)以上）',
            conditions: [{ fact: 'householdCount', op: 'GTE', value: 100 }],
          },
          // "赔付额度或改造提升等相关费用或经济损失超过200万(含)": inclusive; every form of compensation, own share only.
          {
            id: 'A1_COMPENSATION',
            source: 'CG §7 A类一级 第3项（200万(含)）',
            conditions: [{ fact: 'compensationAmount', op: 'GTE', value: '2000000.00' }],
          },
          { id: 'A1_KPI_IMPACT', source: 'CG §7 A类一级 第4项', conditions: [{ fact: 'flag', flag: 'KPI_IMPACT' }] },
          { id: 'A1_CASUALTIES', source: 'CG §7 A类一级 第5项', conditions: [{ fact: 'flag', flag: 'CASUALTIES' }] },
        ],
      },
      {
        code: 'A2',
        label: 'A类二级',
        rank: 10,
        policy: {
          ...baseTimeLimits,
          escalationTarget: 'REGION',
          startsEmergencyTeam: true,
          requiresAccountability: true,
          notifyGroupImmediately: true,
        },
        rules: [
          // "投诉或诉讼业主户数大于等于60户,小于100户".
          {
            id: 'A2_HOUSEHOLDS',
            source: 'CG §7 A类二级 第1项（≥60户且<100户）',
            conditions: [
              { fact: 'householdCount', op: 'GTE', value: 60 },
              { fact: 'householdCount', op: 'LT', value: 100 },
            ],
          },
          // Source cut off here ("造成客户赔付额度或改造提升等相…"): threshold is ours (RULES.md §4).
          {
            id: 'A2_COMPENSATION',
            source: 'CG §7 A类二级 第2项（原文截断；阈值 100万 为本系统取值）',
            conditions: [
              { fact: 'compensationAmount', op: 'GTE', value: '1000000.00' },
              { fact: 'compensationAmount', op: 'LT', value: '2000000.00' },
            ],
          },
        ],
      },
      { code: 'GENERAL', label: '一般事件', rank: 0, policy: GENERAL_POLICY, rules: [] },
    ],
  };
}

/** 碧桂园集团《客户投诉管理办法》RC-JT-PM-GZ001 §7. */
export const CG_KEY_EVENT_SCHEME: GradeScheme = keyEventScheme(
  'CG_KEY_EVENTS',
  '碧桂园 客户类重点事件分级',
  '碧桂园集团《客户投诉管理办法》RC-JT-PM-GZ001（2020-09-27）§7 客户类重点事件(含投诉)分级标准',
);

/**
 * 恒大集团《客户投诉管理办法》§7. The EG text is cut off right after the heading of §7; its §1–§6 are word for word
 * CG's, so the preset reproduces CG §7 (with the same **ours** level-2 compensation threshold).
 */
export const EG_KEY_EVENT_SCHEME: GradeScheme = keyEventScheme(
  'EG_KEY_EVENTS',
  '恒大 客户类重点事件分级',
  '恒大集团《客户投诉管理办法》§7（原文标题后截断，按同结构的碧桂园 §7 取值）',
);

/**
 * XX集团(物业)《客户投诉管理办法》4.1.2.1: 一般投诉 / 重大投诉. Grades 投诉 only (4.1.2.1 "投诉分为"); demands
 * get the default grade. 重大 if any of: media exposure or litigation started; a general complaint past its time
 * limit without a final solution; may lead to group litigation; amount ≥ 2,000 yuan ("2000元以上(含2000元)").
 *
 * Policy of 重大 (**ours**, the source names no handling difference): reported up at once to the 项目管理中心 (the
 * level that takes escalated complaints, XX 4.2.1 item 3) and accountability required; the group is not told at
 * once and no emergency team starts (CG §4.4 is the developer side's mechanism).
 */
export const XX_PROPERTY_SCHEME: GradeScheme = {
  code: 'XX_PROPERTY',
  name: 'XX物业 一般/重大投诉',
  source: 'XX集团(物业)《客户投诉管理办法》4.1.2.1 按涉及的级别分类',
  defaultGradeCode: 'GENERAL',
  gradedKinds: ['COMPLAINT'],
  grades: [
    {
      code: 'MAJOR',
      label: '重大投诉',
      rank: 10,
      policy: {
        ...baseTimeLimits,
        escalationTarget: 'PROJECT_MGMT_CENTER',
        startsEmergencyTeam: false,
        requiresAccountability: true,
        notifyGroupImmediately: false,
      },
      rules: [
        { id: 'MAJOR_MEDIA', source: 'XX 4.1.2.1 b（已经被媒体曝光）', conditions: [{ fact: 'flag', flag: 'MEDIA_EXPOSURE' }] },
        { id: 'MAJOR_LITIGATION', source: 'XX 4.1.2.1 b（引发法律诉讼）', conditions: [{ fact: 'flag', flag: 'LITIGATION' }] },
        { id: 'MAJOR_OVERDUE', source: 'XX 4.1.2.1 b（超过规定期限仍未形成最终解决方案）', conditions: [{ fact: 'overdue' }] },
        {
          id: 'MAJOR_GROUP_LITIGATION_RISK',
          source: 'XX 4.1.2.1 b（可能引发群体性诉讼）',
          conditions: [{ fact: 'flag', flag: 'GROUP_LITIGATION_RISK' }],
        },
        {
          id: 'MAJOR_AMOUNT',
          source: 'XX 4.1.2.1 b（2000元以上(含2000元)）',
          conditions: [{ fact: 'compensationAmount', op: 'GTE', value: '2000.00' }],
        },
      ],
    },
    // a: "物业服务中心/管理处可直接处理的投诉；投诉处理所涉及的各项金额在2000元以下的投诉" — the complement of 重大.
    { code: 'GENERAL', label: '一般投诉', rank: 0, policy: GENERAL_POLICY, rules: [] },
  ],
};

/**
 * 《房地产投诉处理工作规程》4.2–4.3 (RE): 重大投诉 = handling cost (repairs, compensation…) ≥ 10,000 yuan
 * ("1万元人民币以上"), or a group complaint of ≥ 5 households ("5户以上"), or it went to court ("进入司法程序");
 * everything else is 一般投诉. In Chinese legal usage "以上" includes the number itself (Civil Code art. 1259),
 * which RULES.md §4 follows.
 *
 * The RE text is cut off after its flow chart reference (§5), so it gives no time limits: the preset uses the
 * RULES.md §5 defaults above. Policy of 重大 is **ours**: reported up at once to the region (RE 3.6 — the 片区 /
 * group executives decide within their authority), accountability required.
 */
export const RE_ESTATE_SCHEME: GradeScheme = {
  code: 'RE_ESTATE',
  name: '地产规程 一般/重大投诉',
  source: '《房地产投诉处理工作规程》4.2 重大投诉、4.3 一般投诉',
  defaultGradeCode: 'GENERAL',
  gradedKinds: ['COMPLAINT'],
  grades: [
    {
      code: 'MAJOR',
      label: '重大投诉',
      rank: 10,
      policy: {
        ...baseTimeLimits,
        escalationTarget: 'REGION',
        startsEmergencyTeam: false,
        requiresAccountability: true,
        notifyGroupImmediately: false,
      },
      rules: [
        {
          id: 'MAJOR_COST',
          source: 'RE 4.2（单件处理费用 1万元以上）',
          conditions: [{ fact: 'compensationAmount', op: 'GTE', value: '10000.00' }],
        },
        {
          id: 'MAJOR_GROUP',
          source: 'RE 4.2（涉及客户5户以上的群体投诉）',
          conditions: [{ fact: 'householdCount', op: 'GTE', value: 5 }],
        },
        { id: 'MAJOR_COURT', source: 'RE 4.2（进入司法程序）', conditions: [{ fact: 'flag', flag: 'LITIGATION' }] },
      ],
    },
    { code: 'GENERAL', label: '一般投诉', rank: 0, policy: GENERAL_POLICY, rules: [] },
  ],
};

export const GradeSchemePreset = {
  CG_KEY_EVENTS: 'CG_KEY_EVENTS',
  EG_KEY_EVENTS: 'EG_KEY_EVENTS',
  XX_PROPERTY: 'XX_PROPERTY',
  RE_ESTATE: 'RE_ESTATE',
} as const;
export type GradeSchemePreset = (typeof GradeSchemePreset)[keyof typeof GradeSchemePreset];
export const GRADE_SCHEME_PRESETS: readonly GradeSchemePreset[] = Object.values(GradeSchemePreset);

export const GRADE_SCHEME_PRESET_LABELS: Readonly<Record<GradeSchemePreset, string>> = {
  CG_KEY_EVENTS: '碧桂园 客户类重点事件分级（A类一级/二级）',
  EG_KEY_EVENTS: '恒大 客户类重点事件分级（A类一级/二级）',
  XX_PROPERTY: 'XX物业 一般/重大投诉（2000元）',
  RE_ESTATE: '地产规程 一般/重大投诉（1万元、5户、诉讼）',
};

const PRESET_SCHEMES: Readonly<Record<GradeSchemePreset, GradeScheme>> = {
  CG_KEY_EVENTS: CG_KEY_EVENT_SCHEME,
  EG_KEY_EVENTS: EG_KEY_EVENT_SCHEME,
  XX_PROPERTY: XX_PROPERTY_SCHEME,
  RE_ESTATE: RE_ESTATE_SCHEME,
};

export function isGradeSchemePreset(value: unknown): value is GradeSchemePreset {
  return typeof value === 'string' && (GRADE_SCHEME_PRESETS as readonly string[]).includes(value);
}

/** A fresh copy of a preset (plain JSON), for a group to store as its first scheme version and edit. */
export function gradeSchemePreset(preset: GradeSchemePreset): GradeScheme {
  return JSON.parse(JSON.stringify(PRESET_SCHEMES[preset])) as GradeScheme;
}
