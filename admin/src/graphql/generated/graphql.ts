/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 一个责任方 */
export type AccountabilityPartyInput = {
  /** 罚款金额（元）；仅处罚方式为罚款时填写 */
  fineAmount?: string | null | undefined;
  kind: AccountabilityPartyKind;
  /** 责任方名称（部门、单位或姓名） */
  name: string;
  note?: string | null | undefined;
  penalty: AccountabilityPenalty;
  /** 部门、组织单元或人员的 ID（按类型）；施工或外包单位不填 */
  refId?: string | number | null | undefined;
  /** 责任比例（整数百分比，0–100）；全部责任方合计 100 */
  share: number;
};

/** 责任方类型 */
export type AccountabilityPartyKind =
  /** 施工或外包单位 */
  | 'CONTRACTOR'
  /** 部门 */
  | 'DEPARTMENT'
  /** 组织单元 */
  | 'ORG_UNIT'
  /** 个人 */
  | 'PERSON';

/** 处罚方式 */
export type AccountabilityPenalty =
  /** 扣发奖金 */
  | 'BONUS_WITHHELD'
  /** 降级 */
  | 'DEMOTION'
  /** 解除劳动合同 */
  | 'DISMISSAL'
  /** 罚款 */
  | 'FINE'
  /** 不处罚 */
  | 'NONE'
  /** 通报批评 */
  | 'NOTICE_OF_CRITICISM';

/** 问责状态 */
export type AccountabilityStatus =
  /** 问责已落实 */
  | 'ENFORCED'
  /** 未问责 */
  | 'NONE'
  /** 已记录问责结论，待落实 */
  | 'RECORDED';

export type AddCalendarYearInput = {
  year: number;
};

export type ApiClientIdInput = {
  id: string | number;
};

export type ArchiveComplaintInput = {
  id: string | number;
  /** 预警解除或回访不满意仍归档时必填 */
  reason?: string | null | undefined;
  version: number;
};

export type AssignRoleInput = {
  orgUnitId: string | number;
  role: Role;
  userId: string | number;
};

/** 日历日类型 */
export type CalendarDayType =
  /** 节假日休息 */
  | 'HOLIDAY'
  /** 调休上班 */
  | 'MAKEUP_WORKDAY'
  /** 周末休息 */
  | 'WEEKEND'
  /** 工作日 */
  | 'WORKDAY';

/** 日历数据来源 */
export type CalendarSource =
  /** 管理员维护 */
  | 'ADMIN'
  /** 官方节假日安排 */
  | 'OFFICIAL';

export type CaseFilter = {
  categoryCodes?: Array<string> | null | undefined;
  gradeCodes?: Array<string> | null | undefined;
  /** 该组织单元（含下级）的案例 */
  orgUnitId?: string | number | null | undefined;
  /** 全文检索（中文分词）；空格分隔的多个词须同时出现，一个词内的各部分须相邻 */
  query?: string | null | undefined;
  /** 默认：调用者可见的全部状态 */
  status?: Array<CaseStatus> | null | undefined;
  /** 含任一标签 */
  tags?: Array<string> | null | undefined;
  year?: number | null | undefined;
};

/** 案例状态 */
export type CaseStatus =
  /** 草稿 */
  | 'DRAFT'
  /** 审核中 */
  | 'IN_REVIEW'
  /** 已发布 */
  | 'PUBLISHED';

/** 受理渠道 */
export type Channel =
  /** 移动应用 */
  | 'APP'
  /** 电子邮件 */
  | 'EMAIL'
  /** 信函 */
  | 'LETTER'
  /** 媒体 */
  | 'MEDIA'
  /** 电话 */
  | 'PHONE'
  /** 物业转来 */
  | 'PROPERTY_REFERRAL'
  /** 上门 */
  | 'VISIT'
  /** 网络 */
  | 'WEB';

/** 投诉操作 */
export type ComplaintAction =
  /** 归档 */
  | 'ARCHIVE'
  /** 事件完结 */
  | 'CONCLUDE'
  /** 确认问责落实 */
  | 'CONFIRM_ACCOUNTABILITY'
  /** 预警转投诉 */
  | 'CONVERT_WARNING'
  /** 升级 */
  | 'ESCALATE'
  /** 延期 */
  | 'EXTEND_DEADLINE'
  /** 时限豁免 */
  | 'GRANT_EXEMPTION'
  /** 判定无效 */
  | 'MARK_INVALID'
  /** 调整等级 */
  | 'OVERRIDE_GRADE'
  /** 改划类型 */
  | 'RECLASSIFY'
  /** 记录问责 */
  | 'RECORD_ACCOUNTABILITY'
  /** 记录回访 */
  | 'RECORD_RETURN_VISIT'
  /** 重新处理 */
  | 'REOPEN'
  /** 响应客户 */
  | 'RESPOND'
  /** 转外部评审 */
  | 'START_EXTERNAL_REVIEW'
  /** 开始处理 */
  | 'START_HANDLING'
  /** 启动内部评审 */
  | 'START_INTERNAL_REVIEW';

export type ComplaintCustomerInput = {
  name: string;
  phone?: string | null | undefined;
  /** 房号，如 3 栋 1201 */
  room?: string | null | undefined;
};

/** 投诉事件类型 */
export type ComplaintEventType =
  /** 集团对问责提出意见 */
  | 'ACCOUNTABILITY_COMMENTED'
  /** 确认问责落实 */
  | 'ACCOUNTABILITY_ENFORCED'
  /** 记录问责追责结论 */
  | 'ACCOUNTABILITY_RECORDED'
  /** 归档 */
  | 'COMPLAINT_ARCHIVED'
  /** 事件完结 */
  | 'COMPLAINT_CONCLUDED'
  /** 受理登记 */
  | 'COMPLAINT_CREATED'
  /** 升级处理 */
  | 'COMPLAINT_ESCALATED'
  /** 判定为无效投诉 */
  | 'COMPLAINT_INVALIDATED'
  /** 回访不满意，重新处理 */
  | 'COMPLAINT_REOPENED'
  /** 已响应客户 */
  | 'COMPLAINT_RESPONDED'
  /** 处理期限延期 */
  | 'DEADLINE_EXTENDED'
  /** 处理时限豁免 */
  | 'EXEMPTION_GRANTED'
  /** 转外部评审 */
  | 'EXTERNAL_REVIEW_STARTED'
  /** 人工调整等级 */
  | 'GRADE_OVERRIDDEN'
  /** 自动升级等级 */
  | 'GRADE_RAISED'
  /** 开始处理 */
  | 'HANDLING_STARTED'
  /** 启动内部评审 */
  | 'INTERNAL_REVIEW_STARTED'
  /** 改划记录类型 */
  | 'KIND_RECLASSIFIED'
  /** 标记超期 */
  | 'MARKED_OVERDUE'
  /** 完成回访 */
  | 'RETURN_VISIT_RECORDED'
  /** 预警转为投诉 */
  | 'WARNING_CONVERTED';

export type ComplaintFilter = {
  categoryCodes?: Array<string> | null | undefined;
  gradeCodes?: Array<string> | null | undefined;
  kind?: Array<ComplaintKind> | null | undefined;
  /** 该组织单元（含下级）的投诉 */
  orgUnitId?: string | number | null | undefined;
  overdue?: boolean | null | undefined;
  receivedFrom?: string | null | undefined;
  receivedTo?: string | null | undefined;
  /** 搜索编号、标题、描述、客户姓名 */
  search?: string | null | undefined;
  status?: Array<ComplaintStatus> | null | undefined;
};

/** 分级标记 */
export type ComplaintFlag =
  /** 人员伤亡 */
  | 'CASUALTIES'
  /** 集中交付延期 */
  | 'DELIVERY_DELAY'
  /** 可能引发群体性诉讼 */
  | 'GROUP_LITIGATION_RISK'
  /** 集团考核节点延后或项目年度经营指标调低 */
  | 'KPI_IMPACT'
  /** 已引发法律诉讼 */
  | 'LITIGATION'
  /** 已被媒体曝光 */
  | 'MEDIA_EXPOSURE'
  /** 产权办理延期 */
  | 'TITLE_DELAY';

/** 记录类型 */
export type ComplaintKind =
  /** 客户投诉 */
  | 'COMPLAINT'
  /** 客户需求 */
  | 'DEMAND'
  /** 客户投诉预警 */
  | 'WARNING';

/** 投诉状态 */
export type ComplaintStatus =
  /** 问责追责中 */
  | 'ACCOUNTABILITY'
  /** 已归档 */
  | 'ARCHIVED'
  /** 已完结 */
  | 'CONCLUDED'
  /** 已升级 */
  | 'ESCALATED'
  /** 外部评审中 */
  | 'EXTERNAL_REVIEW'
  /** 处理中 */
  | 'HANDLING'
  /** 内部评审中 */
  | 'INTERNAL_REVIEW'
  /** 无效 */
  | 'INVALID'
  /** 已受理 */
  | 'REGISTERED'
  /** 已响应 */
  | 'RESPONDED'
  /** 已回访 */
  | 'RETURN_VISITED'
  /** 预警 */
  | 'WARNING';

export type ConcludeComplaintInput = {
  /** 接受方案的投诉户数 */
  acceptingHouseholds: number;
  /** 仲裁裁决或判决（外部评审时） */
  bindingDecision?: boolean | null | undefined;
  /** 客户对处理结果的确认评分 1–5 */
  confirmationScore?: number | null | undefined;
  id: string | number;
  /** 处理决定与方案已审批且可执行（CG §3.2） */
  planApproved: boolean;
  summary?: string | null | undefined;
  version: number;
};

export type ConfirmAccountabilityEnforcedInput = {
  complaintId: string | number;
  /** 落实情况（罚款已扣、通报已发等） */
  note?: string | null | undefined;
  version: number;
};

export type ConvertWarningToComplaintInput = {
  id: string | number;
  note?: string | null | undefined;
  version: number;
};

export type CreateApiClientInput = {
  /** 每小时成本额度；为空用系统默认值 */
  costPerHour?: number | null | undefined;
  /** 每分钟成本额度；为空用系统默认值 */
  costPerMinute?: number | null | undefined;
  /** 应用名称，如“某呼叫中心” */
  name: string;
  /** 应用可以访问的组织单元（含下级） */
  orgUnitId: string | number;
  /** 只允许运行已登记的查询 */
  persistedOnly?: boolean | null | undefined;
  /** 授权范围：complaints:create complaints:read complaints:transition cases:read reports:read owner-delegation */
  scopes: Array<string>;
};

export type CreateCaseFromComplaintInput = {
  /** 已完结的投诉 */
  complaintId: string | number;
};

/** 手写案例（培训材料） */
export type CreateCaseInput = {
  background?: string | null | undefined;
  categoryCode: string;
  causeAnalysis?: string | null | undefined;
  gradeCode?: string | null | undefined;
  handlingProcess?: string | null | undefined;
  lessonsLearned?: string | null | undefined;
  /** 案例所属的项目、区域或集团 */
  orgUnitId: string | number;
  preventiveMeasures?: string | null | undefined;
  result?: string | null | undefined;
  tags?: Array<string> | null | undefined;
  title: string;
  year: number;
};

export type CreateCategoryInput = {
  /** 编码，集团内唯一，创建后不能修改 */
  code: string;
  /** 主责部门类型 */
  department: DepartmentType;
  description?: string | null | undefined;
  /** 投诉分类（投诉与预警共用）或需求分类；创建后不能修改 */
  kind: TaxonomyKind;
  label: string;
  /** 排序，小的在前；默认排在同一分类体系的最后 */
  sortOrder?: number | null | undefined;
};

export type CreateComplaintInput = {
  categoryCode: string;
  channel: Channel;
  /** 赔付或处理金额（元） */
  compensationAmount?: string | null | undefined;
  customers: Array<ComplaintCustomerInput>;
  description: string;
  flags?: Array<ComplaintFlag> | null | undefined;
  /** 涉及户数；群诉填写总户数，默认为客户人数 */
  householdCount?: number | null | undefined;
  /** 幂等键：24 小时内相同键相同内容返回同一投诉 */
  idempotencyKey?: string | null | undefined;
  kind: ComplaintKind;
  /** 投诉涉及的项目（或物业服务中心） */
  projectId: string | number;
  receivedAt: string;
  title: string;
};

export type CreateDepartmentInput = {
  /** 默认为部门类型的中文名 */
  name?: string | null | undefined;
  orgUnitId: string | number;
  type: DepartmentType;
};

export type CreateOrgUnitInput = {
  code: string;
  level: OrgLevel;
  name: string;
  parentId: string | number;
};

export type CreateUserInput = {
  login: string;
  name: string;
  /** 所属组织；默认为调用者作为管理员所在的单元 */
  orgUnitId?: string | number | null | undefined;
  password: string;
  phone?: string | null | undefined;
};

export type DeleteDepartmentInput = {
  id: string | number;
};

export type DeleteOrgUnitInput = {
  id: string | number;
};

/** 专业部门类型 */
export type DepartmentType =
  /** 客户关系部 */
  | 'CUSTOMER_RELATIONS'
  /** 设计部 */
  | 'DESIGN'
  /** 开发部 */
  | 'DEVELOPMENT'
  /** 工程部 */
  | 'ENGINEERING'
  /** 法务部 */
  | 'LEGAL'
  /** 营销部 */
  | 'MARKETING'
  /** 媒体关系部 */
  | 'MEDIA'
  /** 绩效管理部 */
  | 'PERFORMANCE'
  /** 物业部 */
  | 'PROPERTY';

export type EscalateComplaintInput = {
  id: string | number;
  note?: string | null | undefined;
  reason: EscalationReason;
  version: number;
};

/** 升级原因 */
export type EscalationReason =
  /** 超出本级权限或资源 */
  | 'BEYOND_AUTHORITY'
  /** 客户分歧较大且不可调和 */
  | 'CUSTOMER_DISAGREES'
  /** 按等级上报 */
  | 'GRADE'
  /** 超过处理时限 */
  | 'OVERDUE';

export type ExemptComplaintDeadlineInput = {
  id: string | number;
  note: string;
  /** 物资采购金额（元） */
  purchaseAmount?: string | null | undefined;
  reason: ExemptionReason;
  version: number;
};

/** 时限豁免原因 */
export type ExemptionReason =
  /** 5000元以上物资采购 */
  | 'LARGE_PURCHASE'
  /** 工程维修作业时间较长 */
  | 'LONG_ENGINEERING_WORK';

export type ExtendComplaintDeadlineInput = {
  id: string | number;
  /** 新的处理期限 */
  newDueAt: string;
  reason: string;
  version: number;
};

/** 外部评审方式 */
export type ExternalReviewMethod =
  /** 仲裁 */
  | 'ARBITRATION'
  /** 诉讼 */
  | 'LITIGATION';

/** 用分级方案草案重新评定近期记录的参数：草案字段与 PublishGradeSchemeInput 相同，按发布时的规则校验 */
export type GradeSchemeImpactInput = {
  /** 未命中任何规则时的等级编码；默认取预设的 */
  defaultGradeCode?: string | null | undefined;
  /** 参与分级的记录类型；默认取预设的，无预设时为全部 */
  gradedKinds?: Array<ComplaintKind> | null | undefined;
  /** 等级列表（JSON，与 gradeSchemePresets.scheme.grades 结构相同）；未选择预设时必填 */
  grades?: unknown;
  /** 统计最近几个月受理的记录（1–12），默认 3 */
  months?: number | null | undefined;
  /** 方案名称；不影响评级，仅按发布时的规则校验 */
  name?: string | null | undefined;
  /** 草案将要发布到的组织单元（及其全部下级） */
  orgUnitId: string | number;
  /** 基于的预设方案；未填写 grades 等字段时整体采用该预设 */
  presetCode?: GradeSchemePreset | null | undefined;
};

/** 分级方案预设 */
export type GradeSchemePreset =
  /** 碧桂园 客户类重点事件分级（A类一级/二级） */
  | 'CG_KEY_EVENTS'
  /** 恒大 客户类重点事件分级（A类一级/二级） */
  | 'EG_KEY_EVENTS'
  /** 地产规程 一般/重大投诉（1万元、5户、诉讼） */
  | 'RE_ESTATE'
  /** XX物业 一般/重大投诉（2000元） */
  | 'XX_PROPERTY';

export type LoginInput = {
  login: string;
  password: string;
};

export type MarkComplaintInvalidInput = {
  id: string | number;
  reason: string;
  version: number;
};

export type MoveOrgUnitInput = {
  id: string | number;
  newParentId: string | number;
};

/** 组织层级 */
export type OrgLevel =
  /** 片区 */
  | 'AREA'
  /** 城市公司 */
  | 'CITY'
  /** 集团 */
  | 'GROUP'
  /** 项目 */
  | 'PROJECT'
  /** 项目管理中心 */
  | 'PROJECT_MGMT_CENTER'
  /** 物业公司 */
  | 'PROPERTY_COMPANY'
  /** 区域公司 */
  | 'REGION'
  /** 物业服务中心 */
  | 'SERVICE_CENTER';

export type OrgUnitFilter = {
  level?: OrgLevel | null | undefined;
  /** 只列出该单元的直接下级 */
  parentId?: string | number | null | undefined;
  /** 按名称或编码搜索 */
  search?: string | null | undefined;
};

export type OverrideComplaintGradeInput = {
  gradeCode: string;
  id: string | number;
  reason: string;
  version: number;
};

export type PreviewGradeInput = {
  /** 按该时间生效的方案评级（如受理时间），默认现在 */
  at?: string | null | undefined;
  /** 分类编码 */
  categoryCode?: string | null | undefined;
  /** 涉及金额（元） */
  compensationAmount?: string | null | undefined;
  flags?: Array<ComplaintFlag> | null | undefined;
  /** 涉及户数，默认 1 */
  householdCount?: number | null | undefined;
  /** 记录类型，默认为客户投诉 */
  kind?: ComplaintKind | null | undefined;
  /** 投诉所属的项目或其他组织单元；按其适用的分级方案评级 */
  orgUnitId: string | number;
  /** 已超过规定期限仍未形成最终解决方案 */
  overdue?: boolean | null | undefined;
};

export type PublishCaseInput = {
  id: string | number;
};

export type PublishGradeSchemeInput = {
  /** 未命中任何规则时的等级编码；默认取预设的 */
  defaultGradeCode?: string | null | undefined;
  /** 生效时间，默认立即；不能早于当前时间 1 分钟以上 */
  effectiveFrom?: string | null | undefined;
  /** 参与分级的记录类型；默认取预设的，无预设时为全部 */
  gradedKinds?: Array<ComplaintKind> | null | undefined;
  /** 等级列表（JSON，与 gradeSchemePresets.scheme.grades 结构相同）；未选择预设时必填 */
  grades?: unknown;
  /** 方案名称；默认为预设名称 */
  name?: string | null | undefined;
  /** 方案适用的组织单元（及其全部下级） */
  orgUnitId: string | number;
  /** 基于的预设方案；未填写 grades 等字段时整体采用该预设 */
  presetCode?: GradeSchemePreset | null | undefined;
  /** 时限设置；默认沿用该单元当前适用的设置 */
  timeLimits?: TimeLimitsInput | null | undefined;
};

/** 项目排名依据 */
export type RankingBasis =
  /** 按有效投诉件数排名（项目未配置总户数） */
  | 'COMPLAINT_COUNT'
  /** 按每千户投诉量排名 */
  | 'PER_THOUSAND_HOUSEHOLDS';

export type ReclassifyComplaintInput = {
  categoryCode: string;
  id: string | number;
  reason: string;
  /** COMPLAINT 或 DEMAND */
  toKind: ComplaintKind;
  version: number;
};

export type RecordAccountabilityInput = {
  complaintId: string | number;
  /** 问责追责结论（权责研判） */
  conclusion: string;
  /** 责任方；无人担责时为空列表，并在结论中说明 */
  parties: Array<AccountabilityPartyInput>;
  /** 回访不满意且不再补救时必填：理由 */
  unsatisfiedVisitReason?: string | null | undefined;
  /** 调用者看到的投诉版本 */
  version: number;
};

export type RecordReturnVisitInput = {
  id: string | number;
  method: ReturnVisitMethod;
  /** 满意度 1–5 */
  score: number;
  /** 服务效果 */
  serviceEffect?: string | null | undefined;
  /** 服务质量 */
  serviceQuality?: string | null | undefined;
  /** 不足之处 */
  shortcomings?: string | null | undefined;
  /** 意见建议 */
  suggestions?: string | null | undefined;
  version: number;
};

export type ReopenComplaintInput = {
  id: string | number;
  reason: string;
  version: number;
};

export type ResetUserPasswordInput = {
  password: string;
  userId: string | number;
};

export type RespondToComplaintInput = {
  id: string | number;
  /** 响应说明（联系了谁、约定了什么） */
  note?: string | null | undefined;
  version: number;
};

/** 审核不通过，退回作者修改 */
export type ReturnCaseToDraftInput = {
  id: string | number;
  /** 修改意见（必填，作者可见） */
  note: string;
};

/** 回访方式 */
export type ReturnVisitMethod =
  /** 业主在线评价 */
  | 'APP'
  /** 上门回访 */
  | 'ON_SITE'
  /** 电话回访 */
  | 'PHONE';

export type RevokeRoleInput = {
  orgUnitId: string | number;
  role: Role;
  userId: string | number;
};

/** 角色 */
export type Role =
  /** 系统管理员 */
  | 'ADMIN'
  /** 片区总 */
  | 'AREA_HEAD'
  /** 案例学习者 */
  | 'CASE_READER'
  /** 城市总 */
  | 'CITY_HEAD'
  /** 客服专员 */
  | 'CS_AGENT'
  /** 专业部门员工 */
  | 'DEPARTMENT_STAFF'
  /** 集团客户关系部 */
  | 'GROUP_CR'
  /** 绩效管理 */
  | 'PERFORMANCE'
  /** 项目总 */
  | 'PROJECT_HEAD'
  /** 品管中心 */
  | 'QUALITY_CENTER'
  /** 区域客户关系主管负责人 */
  | 'REGION_CR_EXECUTIVE'
  /** 区域客户关系负责人 */
  | 'REGION_CR_LEAD'
  /** 区域总裁 */
  | 'REGION_PRESIDENT'
  /** 物业服务中心员工 */
  | 'SERVICE_CENTER_STAFF';

export type SetCalendarDayInput = {
  date: string;
  isWorkday: boolean;
  /** 节日名称，如 “国庆节” */
  name?: string | null | undefined;
};

export type StartExternalReviewInput = {
  id: string | number;
  method: ExternalReviewMethod;
  note?: string | null | undefined;
  version: number;
};

export type StartHandlingInput = {
  id: string | number;
  /** 处理方案 */
  plan?: string | null | undefined;
  version: number;
};

export type StartInternalReviewInput = {
  id: string | number;
  /** 内部评审记录 */
  note?: string | null | undefined;
  version: number;
};

export type SubmitCaseForReviewInput = {
  id: string | number;
};

/** 分类体系 */
export type TaxonomyKind =
  /** 投诉分类 */
  | 'COMPLAINT'
  /** 需求分类 */
  | 'DEMAND';

export type TimeLimitsInput = {
  accountabilityWorkingDays: number;
  complaintReturnVisitHours: number;
  demandReturnVisitHours: number;
  exemptionPurchaseThreshold: string;
  maxDeadlineExtensions: number;
};

/** 只改给出的字段；已发布的案例修改后旧版本保留 */
export type UpdateCaseInput = {
  background?: string | null | undefined;
  categoryCode?: string | null | undefined;
  causeAnalysis?: string | null | undefined;
  gradeCode?: string | null | undefined;
  handlingProcess?: string | null | undefined;
  id: string | number;
  lessonsLearned?: string | null | undefined;
  preventiveMeasures?: string | null | undefined;
  result?: string | null | undefined;
  tags?: Array<string> | null | undefined;
  title?: string | null | undefined;
  version: number;
  year?: number | null | undefined;
};

export type UpdateCategoryInput = {
  /** 停用后不能用于新投诉，历史投诉保留 */
  active?: boolean | null | undefined;
  department?: DepartmentType | null | undefined;
  description?: string | null | undefined;
  id: string | number;
  label?: string | null | undefined;
  sortOrder?: number | null | undefined;
  /** 读取时的版本；已被他人修改时返回 CONFLICT */
  version: number;
};

export type UpdateOrgUnitInput = {
  code?: string | null | undefined;
  id: string | number;
  name?: string | null | undefined;
  /** 读取时的版本；填写后若已被他人修改则返回 CONFLICT */
  version?: number | null | undefined;
};

export type UserFilter = {
  /** 所属组织在该单元之下（含下级）的人员 */
  orgUnitId?: string | number | null | undefined;
  /** 持有该角色的人员 */
  role?: Role | null | undefined;
  /** 按姓名、账号或手机号搜索 */
  search?: string | null | undefined;
};

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { __typename: 'LoginPayload', token: string, user: { __typename: 'User', id: string, name: string } } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { __typename: 'Viewer', rules: unknown, user: { __typename: 'User', id: string, name: string }, roles: Array<{ __typename: 'RoleAssignment', role: Role, orgUnit: { __typename: 'OrgUnit', id: string, name: string, level: OrgLevel } | null }> } };

export type WorkingCalendarQueryVariables = Exact<{
  year: number;
}>;


export type WorkingCalendarQuery = { workingCalendar: { __typename: 'WorkingCalendarYear', year: number, official: boolean, source: CalendarSource | null, workdayCount: number, days: Array<{ __typename: 'CalendarDayInfo', date: string, isWorkday: boolean, type: CalendarDayType, label: string, name: string | null, weekday: number, official: boolean, source: CalendarSource | null }> } };

export type SetCalendarDayMutationVariables = Exact<{
  input: SetCalendarDayInput;
}>;


export type SetCalendarDayMutation = { setCalendarDay: { __typename: 'SetCalendarDayPayload', day: { __typename: 'CalendarDayInfo', date: string, isWorkday: boolean, type: CalendarDayType, label: string, name: string | null, weekday: number, official: boolean, source: CalendarSource | null } } };

export type AddCalendarYearMutationVariables = Exact<{
  input: AddCalendarYearInput;
}>;


export type AddCalendarYearMutation = { addCalendarYear: { __typename: 'AddCalendarYearPayload', workingCalendar: { __typename: 'WorkingCalendarYear', year: number, official: boolean, source: CalendarSource | null, workdayCount: number } } };

export type CasesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: CaseFilter | null | undefined;
}>;


export type CasesQuery = { cases: { __typename: 'CaseConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'CaseEdge', cursor: string, highlights: Array<{ __typename: 'CaseHighlight', field: string, snippet: string }>, node: { __typename: 'Case', id: string, title: string, status: CaseStatus, year: number, tags: Array<string>, regionName: string | null, orgUnitName: string, viewCount: number, publishedAt: string | null, updatedAt: string, reviewNote: string | null, background: string, category: { __typename: 'Category', id: string, code: string, label: string }, grade: { __typename: 'CaseGrade', code: string, label: string } | null, author: { __typename: 'User', id: string, name: string } | null } }> } };

export type MostReadCasesQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type MostReadCasesQuery = { mostReadCases: Array<{ __typename: 'Case', id: string, title: string, viewCount: number, orgUnitName: string, year: number }> };

export type CaseOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseOptionsQuery = { categories: Array<{ __typename: 'Category', id: string, code: string, label: string }>, gradeSchemePresets: Array<{ __typename: 'GradeSchemePresetInfo', code: GradeSchemePreset, grades: Array<{ __typename: 'GradeDefinition', code: string, label: string }> }> };

export type CaseDetailQueryVariables = Exact<{
  id: string | number;
  countView?: boolean | null | undefined;
}>;


export type CaseDetailQuery = { case: { __typename: 'Case', id: string, title: string, status: CaseStatus, year: number, tags: Array<string>, regionName: string | null, orgUnitName: string, background: string, handlingProcess: string, result: string, causeAnalysis: string, lessonsLearned: string, preventiveMeasures: string, reviewNote: string | null, revision: number, version: number, viewCount: number, createdAt: string, updatedAt: string, submittedAt: string | null, publishedAt: string | null, orgUnit: { __typename: 'OrgUnit', id: string, name: string } | null, category: { __typename: 'Category', id: string, code: string, label: string }, grade: { __typename: 'CaseGrade', code: string, label: string } | null, author: { __typename: 'User', id: string, name: string } | null, sourceComplaint: { __typename: 'Complaint', id: string } | null, revisions: Array<{ __typename: 'CaseRevision', revision: number, replacedAt: string, title: string, tags: Array<string>, background: string, handlingProcess: string, result: string, causeAnalysis: string, lessonsLearned: string, preventiveMeasures: string }> } | null };

export type CreateCaseMutationVariables = Exact<{
  input: CreateCaseInput;
}>;


export type CreateCaseMutation = { createCase: { __typename: 'CasePayload', case: { __typename: 'Case', id: string, status: CaseStatus, version: number } } };

export type UpdateCaseMutationVariables = Exact<{
  input: UpdateCaseInput;
}>;


export type UpdateCaseMutation = { updateCase: { __typename: 'CasePayload', case: { __typename: 'Case', id: string, title: string, status: CaseStatus, year: number, tags: Array<string>, background: string, handlingProcess: string, result: string, causeAnalysis: string, lessonsLearned: string, preventiveMeasures: string, reviewNote: string | null, revision: number, version: number, updatedAt: string, category: { __typename: 'Category', id: string, code: string, label: string }, grade: { __typename: 'CaseGrade', code: string, label: string } | null } } };

export type SubmitCaseForReviewMutationVariables = Exact<{
  input: SubmitCaseForReviewInput;
}>;


export type SubmitCaseForReviewMutation = { submitCaseForReview: { __typename: 'CasePayload', case: { __typename: 'Case', id: string, status: CaseStatus, reviewNote: string | null, submittedAt: string | null, version: number } } };

export type ReturnCaseToDraftMutationVariables = Exact<{
  input: ReturnCaseToDraftInput;
}>;


export type ReturnCaseToDraftMutation = { returnCaseToDraft: { __typename: 'CasePayload', case: { __typename: 'Case', id: string, status: CaseStatus, reviewNote: string | null, version: number } } };

export type PublishCaseMutationVariables = Exact<{
  input: PublishCaseInput;
}>;


export type PublishCaseMutation = { publishCase: { __typename: 'CasePayload', case: { __typename: 'Case', id: string, status: CaseStatus, reviewNote: string | null, publishedAt: string | null, revision: number, version: number } } };

export type CategoryRowFragment = { __typename: 'Category', id: string, code: string, label: string, kind: TaxonomyKind, department: DepartmentType, departmentLabel: string, description: string, sortOrder: number, active: boolean, version: number };

export type CategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type CategoriesQuery = { categories: Array<{ __typename: 'Category', id: string, code: string, label: string, kind: TaxonomyKind, department: DepartmentType, departmentLabel: string, description: string, sortOrder: number, active: boolean, version: number }> };

export type CreateCategoryMutationVariables = Exact<{
  input: CreateCategoryInput;
}>;


export type CreateCategoryMutation = { createCategory: { __typename: 'CategoryPayload', category: { __typename: 'Category', id: string, code: string, label: string, kind: TaxonomyKind, department: DepartmentType, departmentLabel: string, description: string, sortOrder: number, active: boolean, version: number } } };

export type UpdateCategoryMutationVariables = Exact<{
  input: UpdateCategoryInput;
}>;


export type UpdateCategoryMutation = { updateCategory: { __typename: 'CategoryPayload', category: { __typename: 'Category', id: string, code: string, label: string, kind: TaxonomyKind, department: DepartmentType, departmentLabel: string, description: string, sortOrder: number, active: boolean, version: number } } };

export type ComplaintsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ComplaintFilter | null | undefined;
}>;


export type ComplaintsQuery = { complaints: { __typename: 'ComplaintConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'ComplaintEdge', cursor: string, node: { __typename: 'Complaint', id: string, number: string, kind: ComplaintKind, status: ComplaintStatus, title: string, receivedAt: string, overdue: boolean, respondedAt: string | null, responseDueAt: string | null, resolutionDueAt: string | null, grade: { __typename: 'ComplaintGrade', code: string, label: string, rank: number }, category: { __typename: 'Category', code: string, label: string }, project: { __typename: 'OrgUnit', id: string, name: string } | null, handler: { __typename: 'User', id: string, name: string } | null } }> } };

export type ComplaintUpdatedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type ComplaintUpdatedSubscription = { complaintUpdated: { __typename: 'Complaint', id: string, version: number, status: ComplaintStatus } | null };

export type ComplaintDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ComplaintDetailQuery = { complaint: { __typename: 'Complaint', id: string, number: string, kind: ComplaintKind, status: ComplaintStatus, channel: Channel, title: string, description: string, receivedAt: string, createdAt: string, respondedAt: string | null, concludedAt: string | null, archivedAt: string | null, overdue: boolean, version: number, householdCount: number, compensationAmount: string, flags: Array<ComplaintFlag>, escalationCount: number, extensionCount: number, gradeOverridden: boolean, gradeExplanation: Array<string>, responseDueAt: string | null, resolutionDueAt: string | null, returnVisitDueAt: string | null, allowedActions: Array<ComplaintAction>, accountabilityStatus: AccountabilityStatus, grade: { __typename: 'ComplaintGrade', code: string, label: string, rank: number }, category: { __typename: 'Category', code: string, label: string }, project: { __typename: 'OrgUnit', id: string, name: string } | null, owningUnit: { __typename: 'OrgUnit', id: string, name: string } | null, firstResponsible: { __typename: 'User', id: string, name: string } | null, handler: { __typename: 'User', id: string, name: string } | null, customers: Array<{ __typename: 'ComplaintCustomer', name: string, phone: string | null, room: string | null }>, events: { __typename: 'ComplaintEventConnection', totalCount: number, edges: Array<{ __typename: 'ComplaintEventEdge', node: { __typename: 'ComplaintEvent', id: string, type: ComplaintEventType, label: string, occurredAt: string, reason: string | null, fromStatus: ComplaintStatus | null, toStatus: ComplaintStatus | null, actor: { __typename: 'User', id: string, name: string } | null } }> }, accountability: { __typename: 'Accountability', status: AccountabilityStatus, conclusion: string, recordedAt: string, enforcedAt: string | null, enforcementNote: string | null, recordedBy: { __typename: 'User', id: string, name: string } | null, enforcedBy: { __typename: 'User', id: string, name: string } | null, parties: Array<{ __typename: 'AccountabilityParty', kind: AccountabilityPartyKind, refId: string | null, name: string, share: number, penalty: AccountabilityPenalty, fineAmount: string | null, note: string | null }>, comments: Array<{ __typename: 'AccountabilityComment', text: string, createdAt: string, author: { __typename: 'User', id: string, name: string } | null }> } | null } | null };

export type SimilarCasesQueryVariables = Exact<{
  complaintId: string | number;
}>;


export type SimilarCasesQuery = { similarCases: Array<{ __typename: 'Case', id: string, title: string, category: { __typename: 'Category', label: string } }> };

export type ComplaintCategoriesQueryVariables = Exact<{
  kind?: ComplaintKind | null | undefined;
}>;


export type ComplaintCategoriesQuery = { categories: Array<{ __typename: 'Category', id: string, code: string, label: string }> };

export type PreviewComplaintGradeQueryVariables = Exact<{
  input: PreviewGradeInput;
}>;


export type PreviewComplaintGradeQuery = { previewGrade: { __typename: 'GradeResult', isDefault: boolean, explanation: Array<string>, grade: { __typename: 'GradeSummary', code: string, label: string }, policy: { __typename: 'GradePolicy', description: string } } };

export type CreateComplaintMutationVariables = Exact<{
  input: CreateComplaintInput;
}>;


export type CreateComplaintMutation = { createComplaint: { __typename: 'ComplaintPayload', complaint: { __typename: 'Complaint', id: string, number: string } } };

export type CreateCaseFromComplaintMutationVariables = Exact<{
  input: CreateCaseFromComplaintInput;
}>;


export type CreateCaseFromComplaintMutation = { createCaseFromComplaint: { __typename: 'CasePayload', case: { __typename: 'Case', id: string } } };

export type RespondToComplaintMutationVariables = Exact<{
  input: RespondToComplaintInput;
}>;


export type RespondToComplaintMutation = { respondToComplaint: { __typename: 'ComplaintPayload', complaint: { __typename: 'Complaint', id: string, status: ComplaintStatus, version: number, allowedActions: Array<ComplaintAction> } } };

export type StartHandlingMutationVariables = Exact<{
  input: StartHandlingInput;
}>;


export type StartHandlingMutation = { startHandling: { __typename: 'ComplaintPayload', complaint: { __typename: 'Complaint', id: string, status: ComplaintStatus, version: number, allowedActions: Array<ComplaintAction> } } };

export type EscalateComplaintMutationVariables = Exact<{
  input: EscalateComplaintInput;
}>;


export type EscalateComplaintMutation = { escalateComplaint: { __typename: 'ComplaintPayload', complaint: { __typename: 'Complaint', id: string, status: ComplaintStatus, version: number, allowedActions: Array<ComplaintAction> } } };

export type StartInternalReviewMutationVariables = Exact<{
  input: StartInternalReviewInput;
}>;


export type StartInternalReviewMutation = { startInternalReview: { __typename: 'ComplaintPayload', complaint: { __typename: 'Complaint', id: string, status: ComplaintStatus, version: number, allowedActions: Array<ComplaintAction> } } };

export type StartExternalReviewMutationVariables = Exact<{
  input: StartExternalReviewInput;
}>;


export type StartExternalReviewMutation = { startExternalReview: { __typename: 'ComplaintPayload', complaint: { __typename: 'Complaint', id: string, status: ComplaintStatus, version: number, allowedActions: Array<ComplaintAction> } } };

export type ConcludeComplaintMutationVariables = Exact<{
  input: ConcludeComplaintInput;
}>;


export type ConcludeComplaintMutation = { concludeComplaint: { __typename: 'ComplaintPayload', complaint: { __typename: 'Complaint', id: string, status: ComplaintStatus, version: number, allowedActions: Array<ComplaintAction> } } };

export type RecordReturnVisitMutationVariables = Exact<{
  input: RecordReturnVisitInput;
}>;


export type RecordReturnVisitMutation = { recordReturnVisit: { __typename: 'ComplaintPayload', complaint: { __typename: 'Complaint', id: string, status: ComplaintStatus, version: number, allowedActions: Array<ComplaintAction> } } };

export type ReopenComplaintMutationVariables = Exact<{
  input: ReopenComplaintInput;
}>;


export type ReopenComplaintMutation = { reopenComplaint: { __typename: 'ComplaintPayload', complaint: { __typename: 'Complaint', id: string, status: ComplaintStatus, version: number, allowedActions: Array<ComplaintAction> } } };

export type ExtendComplaintDeadlineMutationVariables = Exact<{
  input: ExtendComplaintDeadlineInput;
}>;


export type ExtendComplaintDeadlineMutation = { extendComplaintDeadline: { __typename: 'ComplaintPayload', complaint: { __typename: 'Complaint', id: string, status: ComplaintStatus, version: number, allowedActions: Array<ComplaintAction> } } };

export type OverrideComplaintGradeMutationVariables = Exact<{
  input: OverrideComplaintGradeInput;
}>;


export type OverrideComplaintGradeMutation = { overrideComplaintGrade: { __typename: 'ComplaintPayload', complaint: { __typename: 'Complaint', id: string, status: ComplaintStatus, version: number, allowedActions: Array<ComplaintAction> } } };

export type MarkComplaintInvalidMutationVariables = Exact<{
  input: MarkComplaintInvalidInput;
}>;


export type MarkComplaintInvalidMutation = { markComplaintInvalid: { __typename: 'ComplaintPayload', complaint: { __typename: 'Complaint', id: string, status: ComplaintStatus, version: number, allowedActions: Array<ComplaintAction> } } };

export type ArchiveComplaintMutationVariables = Exact<{
  input: ArchiveComplaintInput;
}>;


export type ArchiveComplaintMutation = { archiveComplaint: { __typename: 'ComplaintPayload', complaint: { __typename: 'Complaint', id: string, status: ComplaintStatus, version: number, allowedActions: Array<ComplaintAction> } } };

export type ConvertWarningToComplaintMutationVariables = Exact<{
  input: ConvertWarningToComplaintInput;
}>;


export type ConvertWarningToComplaintMutation = { convertWarningToComplaint: { __typename: 'ComplaintPayload', complaint: { __typename: 'Complaint', id: string, status: ComplaintStatus, version: number, allowedActions: Array<ComplaintAction> } } };

export type ProjectGradesQueryVariables = Exact<{
  orgUnitId: string | number;
}>;


export type ProjectGradesQuery = { gradeSchemes: Array<{ __typename: 'GradeSchemeVersion', id: string, grades: Array<{ __typename: 'GradeDefinition', code: string, label: string, rank: number }> }> };

export type ExemptComplaintDeadlineMutationVariables = Exact<{
  input: ExemptComplaintDeadlineInput;
}>;


export type ExemptComplaintDeadlineMutation = { exemptComplaintDeadline: { __typename: 'ComplaintPayload', complaint: { __typename: 'Complaint', id: string, status: ComplaintStatus, version: number, allowedActions: Array<ComplaintAction> } } };

export type ReclassifyComplaintMutationVariables = Exact<{
  input: ReclassifyComplaintInput;
}>;


export type ReclassifyComplaintMutation = { reclassifyComplaint: { __typename: 'ComplaintPayload', complaint: { __typename: 'Complaint', id: string, status: ComplaintStatus, version: number, allowedActions: Array<ComplaintAction> } } };

export type ComplaintAccountabilityFragment = { __typename: 'Complaint', accountabilityStatus: AccountabilityStatus, accountability: { __typename: 'Accountability', status: AccountabilityStatus, conclusion: string, recordedAt: string, enforcedAt: string | null, enforcementNote: string | null, recordedBy: { __typename: 'User', id: string, name: string } | null, enforcedBy: { __typename: 'User', id: string, name: string } | null, parties: Array<{ __typename: 'AccountabilityParty', kind: AccountabilityPartyKind, refId: string | null, name: string, share: number, penalty: AccountabilityPenalty, fineAmount: string | null, note: string | null }>, comments: Array<{ __typename: 'AccountabilityComment', text: string, createdAt: string, author: { __typename: 'User', id: string, name: string } | null }> } | null };

export type RecordAccountabilityMutationVariables = Exact<{
  input: RecordAccountabilityInput;
}>;


export type RecordAccountabilityMutation = { recordAccountability: { __typename: 'ComplaintPayload', complaint: { __typename: 'Complaint', id: string, status: ComplaintStatus, version: number, allowedActions: Array<ComplaintAction>, accountabilityStatus: AccountabilityStatus, accountability: { __typename: 'Accountability', status: AccountabilityStatus, conclusion: string, recordedAt: string, enforcedAt: string | null, enforcementNote: string | null, recordedBy: { __typename: 'User', id: string, name: string } | null, enforcedBy: { __typename: 'User', id: string, name: string } | null, parties: Array<{ __typename: 'AccountabilityParty', kind: AccountabilityPartyKind, refId: string | null, name: string, share: number, penalty: AccountabilityPenalty, fineAmount: string | null, note: string | null }>, comments: Array<{ __typename: 'AccountabilityComment', text: string, createdAt: string, author: { __typename: 'User', id: string, name: string } | null }> } | null } } };

export type ConfirmAccountabilityEnforcedMutationVariables = Exact<{
  input: ConfirmAccountabilityEnforcedInput;
}>;


export type ConfirmAccountabilityEnforcedMutation = { confirmAccountabilityEnforced: { __typename: 'ComplaintPayload', complaint: { __typename: 'Complaint', id: string, status: ComplaintStatus, version: number, allowedActions: Array<ComplaintAction>, accountabilityStatus: AccountabilityStatus, accountability: { __typename: 'Accountability', status: AccountabilityStatus, conclusion: string, recordedAt: string, enforcedAt: string | null, enforcementNote: string | null, recordedBy: { __typename: 'User', id: string, name: string } | null, enforcedBy: { __typename: 'User', id: string, name: string } | null, parties: Array<{ __typename: 'AccountabilityParty', kind: AccountabilityPartyKind, refId: string | null, name: string, share: number, penalty: AccountabilityPenalty, fineAmount: string | null, note: string | null }>, comments: Array<{ __typename: 'AccountabilityComment', text: string, createdAt: string, author: { __typename: 'User', id: string, name: string } | null }> } | null } } };

export type AccountabilityDepartmentsQueryVariables = Exact<{
  projectId: string | number;
}>;


export type AccountabilityDepartmentsQuery = { node:
    | { __typename: 'ApiClient' }
    | { __typename: 'Case' }
    | { __typename: 'Category' }
    | { __typename: 'Complaint' }
    | { __typename: 'Department' }
    | { __typename: 'OrgUnit', id: string, name: string, departments: Array<{ __typename: 'Department', id: string, name: string }>, ancestors: Array<{ __typename: 'OrgUnit', id: string, name: string, departments: Array<{ __typename: 'Department', id: string, name: string }> }> }
    | { __typename: 'PersistedOperation' }
    | { __typename: 'RoleAssignment' }
    | { __typename: 'User' }
    | { __typename: 'WebhookEndpoint' }
   | null };

export type AccountabilityPeopleQueryVariables = Exact<{
  search: string;
}>;


export type AccountabilityPeopleQuery = { users: { __typename: 'UserConnection', edges: Array<{ __typename: 'UserEdge', node: { __typename: 'User', id: string, name: string, login: string, orgUnit: { __typename: 'OrgUnit', id: string, name: string } | null } }> } };

export type WorkbenchCalendarYearQueryVariables = Exact<{
  year: number;
}>;


export type WorkbenchCalendarYearQuery = { workingCalendar: { __typename: 'WorkingCalendarYear', year: number, official: boolean, days: Array<{ __typename: 'CalendarDayInfo', date: string, isWorkday: boolean }> } };

export type GradeDefinitionFieldsFragment = { __typename: 'GradeDefinition', code: string, label: string, rank: number, rules: Array<{ __typename: 'GradeRule', id: string, source: string | null, conditions: Array<unknown>, description: string }>, policy: { __typename: 'GradePolicy', responseMinutes: number, resolutionWorkingDays: number, escalatedResolutionWorkingDays: number, escalationTarget: OrgLevel | null, notifyGroupImmediately: boolean, startsEmergencyTeam: boolean, requiresAccountability: boolean, description: string } };

export type GradeSchemeVersionFieldsFragment = { __typename: 'GradeSchemeVersion', id: string, version: number, name: string, presetCode: GradeSchemePreset | null, source: string | null, effectiveFrom: string, publishedAt: string, defaultGradeCode: string, gradedKinds: Array<ComplaintKind> | null, publishedBy: { __typename: 'User', id: string, name: string } | null, orgUnit: { __typename: 'OrgUnit', id: string, name: string, level: OrgLevel, levelLabel: string } | null, grades: Array<{ __typename: 'GradeDefinition', code: string, label: string, rank: number, rules: Array<{ __typename: 'GradeRule', id: string, source: string | null, conditions: Array<unknown>, description: string }>, policy: { __typename: 'GradePolicy', responseMinutes: number, resolutionWorkingDays: number, escalatedResolutionWorkingDays: number, escalationTarget: OrgLevel | null, notifyGroupImmediately: boolean, startsEmergencyTeam: boolean, requiresAccountability: boolean, description: string } }>, timeLimits: { __typename: 'TimeLimits', accountabilityWorkingDays: number, complaintReturnVisitHours: number, demandReturnVisitHours: number, exemptionPurchaseThreshold: string, maxDeadlineExtensions: number } };

export type GradeSchemesQueryVariables = Exact<{
  orgUnitId: string | number;
}>;


export type GradeSchemesQuery = { gradeSchemes: Array<{ __typename: 'GradeSchemeVersion', id: string, version: number, name: string, presetCode: GradeSchemePreset | null, source: string | null, effectiveFrom: string, publishedAt: string, defaultGradeCode: string, gradedKinds: Array<ComplaintKind> | null, publishedBy: { __typename: 'User', id: string, name: string } | null, orgUnit: { __typename: 'OrgUnit', id: string, name: string, level: OrgLevel, levelLabel: string } | null, grades: Array<{ __typename: 'GradeDefinition', code: string, label: string, rank: number, rules: Array<{ __typename: 'GradeRule', id: string, source: string | null, conditions: Array<unknown>, description: string }>, policy: { __typename: 'GradePolicy', responseMinutes: number, resolutionWorkingDays: number, escalatedResolutionWorkingDays: number, escalationTarget: OrgLevel | null, notifyGroupImmediately: boolean, startsEmergencyTeam: boolean, requiresAccountability: boolean, description: string } }>, timeLimits: { __typename: 'TimeLimits', accountabilityWorkingDays: number, complaintReturnVisitHours: number, demandReturnVisitHours: number, exemptionPurchaseThreshold: string, maxDeadlineExtensions: number } }>, node:
    | { __typename: 'ApiClient' }
    | { __typename: 'Case' }
    | { __typename: 'Category' }
    | { __typename: 'Complaint' }
    | { __typename: 'Department' }
    | { __typename: 'OrgUnit', id: string, name: string, ancestors: Array<{ __typename: 'OrgUnit', id: string }> }
    | { __typename: 'PersistedOperation' }
    | { __typename: 'RoleAssignment' }
    | { __typename: 'User' }
    | { __typename: 'WebhookEndpoint' }
   | null };

export type GradeSchemePresetsQueryVariables = Exact<{ [key: string]: never; }>;


export type GradeSchemePresetsQuery = { gradeSchemePresets: Array<{ __typename: 'GradeSchemePresetInfo', code: GradeSchemePreset, label: string, name: string, source: string | null, defaultGradeCode: string, gradedKinds: Array<ComplaintKind> | null, grades: Array<{ __typename: 'GradeDefinition', code: string, label: string, rank: number, rules: Array<{ __typename: 'GradeRule', id: string, source: string | null, conditions: Array<unknown>, description: string }>, policy: { __typename: 'GradePolicy', responseMinutes: number, resolutionWorkingDays: number, escalatedResolutionWorkingDays: number, escalationTarget: OrgLevel | null, notifyGroupImmediately: boolean, startsEmergencyTeam: boolean, requiresAccountability: boolean, description: string } }> }> };

export type SchemeCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type SchemeCategoriesQuery = { categories: Array<{ __typename: 'Category', id: string, code: string, label: string, kind: TaxonomyKind, active: boolean }> };

export type PreviewGradeQueryVariables = Exact<{
  input: PreviewGradeInput;
}>;


export type PreviewGradeQuery = { previewGrade: { __typename: 'GradeResult', isDefault: boolean, explanation: Array<string>, schemeVersion: number, grade: { __typename: 'GradeSummary', code: string, label: string, rank: number }, policy: { __typename: 'GradePolicy', description: string } } };

export type GradeSchemeImpactQueryVariables = Exact<{
  input: GradeSchemeImpactInput;
}>;


export type GradeSchemeImpactQuery = { gradeSchemeImpact: { __typename: 'GradeSchemeImpact', from: string, to: string, complaintCount: number, changedCount: number, overriddenCount: number, otherSchemeCount: number, changes: Array<{ __typename: 'GradeSchemeImpactChange', count: number, fromGrade: { __typename: 'GradeSummary', code: string, label: string, rank: number }, toGrade: { __typename: 'GradeSummary', code: string, label: string, rank: number } }>, examples: Array<{ __typename: 'GradeSchemeImpactExample', gradeOverridden: boolean, complaint: { __typename: 'Complaint', id: string, number: string, title: string, receivedAt: string, householdCount: number, compensationAmount: string, project: { __typename: 'OrgUnit', id: string, name: string } | null }, fromGrade: { __typename: 'GradeSummary', code: string, label: string, rank: number }, toGrade: { __typename: 'GradeSummary', code: string, label: string, rank: number } }> } };

export type PublishGradeSchemeMutationVariables = Exact<{
  input: PublishGradeSchemeInput;
}>;


export type PublishGradeSchemeMutation = { publishGradeScheme: { __typename: 'PublishGradeSchemePayload', gradeScheme: { __typename: 'GradeSchemeVersion', id: string, version: number, name: string, presetCode: GradeSchemePreset | null, source: string | null, effectiveFrom: string, publishedAt: string, defaultGradeCode: string, gradedKinds: Array<ComplaintKind> | null, publishedBy: { __typename: 'User', id: string, name: string } | null, orgUnit: { __typename: 'OrgUnit', id: string, name: string, level: OrgLevel, levelLabel: string } | null, grades: Array<{ __typename: 'GradeDefinition', code: string, label: string, rank: number, rules: Array<{ __typename: 'GradeRule', id: string, source: string | null, conditions: Array<unknown>, description: string }>, policy: { __typename: 'GradePolicy', responseMinutes: number, resolutionWorkingDays: number, escalatedResolutionWorkingDays: number, escalationTarget: OrgLevel | null, notifyGroupImmediately: boolean, startsEmergencyTeam: boolean, requiresAccountability: boolean, description: string } }>, timeLimits: { __typename: 'TimeLimits', accountabilityWorkingDays: number, complaintReturnVisitHours: number, demandReturnVisitHours: number, exemptionPurchaseThreshold: string, maxDeadlineExtensions: number } } } };

export type OrgUnitsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: OrgUnitFilter | null | undefined;
}>;


export type OrgUnitsQuery = { orgUnits: { __typename: 'OrgUnitConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'OrgUnitEdge', cursor: string, node: { __typename: 'OrgUnit', id: string, name: string, code: string, level: OrgLevel, levelLabel: string, parent: { __typename: 'OrgUnit', id: string } | null } }> } };

export type OrgUnitByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type OrgUnitByIdQuery = { node:
    | { __typename: 'ApiClient' }
    | { __typename: 'Case' }
    | { __typename: 'Category' }
    | { __typename: 'Complaint' }
    | { __typename: 'Department' }
    | { __typename: 'OrgUnit', id: string, name: string, code: string, level: OrgLevel, levelLabel: string, parent: { __typename: 'OrgUnit', id: string } | null }
    | { __typename: 'PersistedOperation' }
    | { __typename: 'RoleAssignment' }
    | { __typename: 'User' }
    | { __typename: 'WebhookEndpoint' }
   | null };

export type OrgUnitDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type OrgUnitDetailQuery = { node:
    | { __typename: 'ApiClient' }
    | { __typename: 'Case' }
    | { __typename: 'Category' }
    | { __typename: 'Complaint' }
    | { __typename: 'Department' }
    | { __typename: 'OrgUnit', id: string, name: string, code: string, level: OrgLevel, levelLabel: string, version: number, parent: { __typename: 'OrgUnit', id: string, name: string } | null, children: { __typename: 'OrgUnitConnection', totalCount: number }, departments: Array<{ __typename: 'Department', id: string, name: string, type: DepartmentType, typeLabel: string }> }
    | { __typename: 'PersistedOperation' }
    | { __typename: 'RoleAssignment' }
    | { __typename: 'User' }
    | { __typename: 'WebhookEndpoint' }
   | null };

export type OrgUnitSearchQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: OrgUnitFilter | null | undefined;
}>;


export type OrgUnitSearchQuery = { orgUnits: { __typename: 'OrgUnitConnection', totalCount: number, edges: Array<{ __typename: 'OrgUnitEdge', node: { __typename: 'OrgUnit', id: string, name: string, code: string, level: OrgLevel, levelLabel: string, parent: { __typename: 'OrgUnit', id: string, name: string } | null } }> } };

export type ChangedOrgUnitFragment = { __typename: 'OrgUnit', id: string, name: string, code: string, level: OrgLevel, levelLabel: string, version: number, parent: { __typename: 'OrgUnit', id: string, name: string } | null };

export type CreateOrgUnitMutationVariables = Exact<{
  input: CreateOrgUnitInput;
}>;


export type CreateOrgUnitMutation = { createOrgUnit: { __typename: 'OrgUnitPayload', orgUnit: { __typename: 'OrgUnit', id: string, name: string, code: string, level: OrgLevel, levelLabel: string, version: number, parent: { __typename: 'OrgUnit', id: string, name: string } | null } } };

export type UpdateOrgUnitMutationVariables = Exact<{
  input: UpdateOrgUnitInput;
}>;


export type UpdateOrgUnitMutation = { updateOrgUnit: { __typename: 'OrgUnitPayload', orgUnit: { __typename: 'OrgUnit', id: string, name: string, code: string, level: OrgLevel, levelLabel: string, version: number, parent: { __typename: 'OrgUnit', id: string, name: string } | null } } };

export type MoveOrgUnitMutationVariables = Exact<{
  input: MoveOrgUnitInput;
}>;


export type MoveOrgUnitMutation = { moveOrgUnit: { __typename: 'OrgUnitPayload', orgUnit: { __typename: 'OrgUnit', id: string, name: string, code: string, level: OrgLevel, levelLabel: string, version: number, parent: { __typename: 'OrgUnit', id: string, name: string } | null } } };

export type DeleteOrgUnitMutationVariables = Exact<{
  input: DeleteOrgUnitInput;
}>;


export type DeleteOrgUnitMutation = { deleteOrgUnit: { __typename: 'DeleteOrgUnitPayload', deletedId: string } };

export type CreateDepartmentMutationVariables = Exact<{
  input: CreateDepartmentInput;
}>;


export type CreateDepartmentMutation = { createDepartment: { __typename: 'DepartmentPayload', department: { __typename: 'Department', id: string, name: string, type: DepartmentType, typeLabel: string } } };

export type DeleteDepartmentMutationVariables = Exact<{
  input: DeleteDepartmentInput;
}>;


export type DeleteDepartmentMutation = { deleteDepartment: { __typename: 'DeleteOrgUnitPayload', deletedId: string } };

export type ApiClientsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ApiClientsQuery = { apiClients: { __typename: 'ApiClientConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'ApiClientEdge', cursor: string, node: { __typename: 'ApiClient', id: string, name: string, scopes: Array<string>, keyPrefix: string, active: boolean, createdAt: string, revokedAt: string | null, lastUsedAt: string | null, costPerMinute: number | null, costPerHour: number | null, persistedOnly: boolean, version: number, orgUnit: { __typename: 'OrgUnit', id: string, name: string } | null } }> } };

export type ApiClientRowFragment = { __typename: 'ApiClient', id: string, name: string, scopes: Array<string>, keyPrefix: string, active: boolean, createdAt: string, revokedAt: string | null, lastUsedAt: string | null, costPerMinute: number | null, costPerHour: number | null, persistedOnly: boolean, version: number, orgUnit: { __typename: 'OrgUnit', id: string, name: string } | null };

export type CreateApiClientMutationVariables = Exact<{
  input: CreateApiClientInput;
}>;


export type CreateApiClientMutation = { createApiClient: { __typename: 'CreateApiClientPayload', key: string, client: { __typename: 'ApiClient', id: string, name: string, scopes: Array<string>, keyPrefix: string, active: boolean, createdAt: string, revokedAt: string | null, lastUsedAt: string | null, costPerMinute: number | null, costPerHour: number | null, persistedOnly: boolean, version: number, orgUnit: { __typename: 'OrgUnit', id: string, name: string } | null } } };

export type RevokeApiClientMutationVariables = Exact<{
  input: ApiClientIdInput;
}>;


export type RevokeApiClientMutation = { revokeApiClient: { __typename: 'ApiClientPayload', client: { __typename: 'ApiClient', id: string, name: string, scopes: Array<string>, keyPrefix: string, active: boolean, createdAt: string, revokedAt: string | null, lastUsedAt: string | null, costPerMinute: number | null, costPerHour: number | null, persistedOnly: boolean, version: number, orgUnit: { __typename: 'OrgUnit', id: string, name: string } | null } } };

export type RotateApiClientKeyMutationVariables = Exact<{
  input: ApiClientIdInput;
}>;


export type RotateApiClientKeyMutation = { rotateApiClientKey: { __typename: 'CreateApiClientPayload', key: string, client: { __typename: 'ApiClient', id: string, name: string, scopes: Array<string>, keyPrefix: string, active: boolean, createdAt: string, revokedAt: string | null, lastUsedAt: string | null, costPerMinute: number | null, costPerHour: number | null, persistedOnly: boolean, version: number, orgUnit: { __typename: 'OrgUnit', id: string, name: string } | null } } };

export type UsersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: UserFilter | null | undefined;
}>;


export type UsersQuery = { users: { __typename: 'UserConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'UserEdge', cursor: string, node: { __typename: 'User', id: string, name: string, login: string, phone: string | null, active: boolean, version: number, orgUnit: { __typename: 'OrgUnit', id: string, name: string, level: OrgLevel, levelLabel: string } | null, roles: Array<{ __typename: 'RoleAssignment', id: string, role: Role, roleLabel: string, orgUnit: { __typename: 'OrgUnit', id: string, name: string, level: OrgLevel, levelLabel: string } | null }> } }> } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { __typename: 'UserPayload', user: { __typename: 'User', id: string, name: string, login: string } } };

export type ResetUserPasswordMutationVariables = Exact<{
  input: ResetUserPasswordInput;
}>;


export type ResetUserPasswordMutation = { resetUserPassword: { __typename: 'UserPayload', user: { __typename: 'User', id: string } } };

export type AssignRoleMutationVariables = Exact<{
  input: AssignRoleInput;
}>;


export type AssignRoleMutation = { assignRole: { __typename: 'AssignRolePayload', assignment: { __typename: 'RoleAssignment', id: string, role: Role }, user: { __typename: 'User', id: string, roles: Array<{ __typename: 'RoleAssignment', id: string, role: Role, roleLabel: string, orgUnit: { __typename: 'OrgUnit', id: string, name: string, level: OrgLevel, levelLabel: string } | null }> } } };

export type RevokeRoleMutationVariables = Exact<{
  input: RevokeRoleInput;
}>;


export type RevokeRoleMutation = { revokeRole: { __typename: 'UserPayload', user: { __typename: 'User', id: string, roles: Array<{ __typename: 'RoleAssignment', id: string, role: Role, roleLabel: string, orgUnit: { __typename: 'OrgUnit', id: string, name: string, level: OrgLevel, levelLabel: string } | null }> } } };

export type MonthlyReportQueryVariables = Exact<{
  orgUnitId: string | number;
  month: string;
}>;


export type MonthlyReportQuery = { monthlyReport: { __typename: 'MonthlyReport', month: string, generatedAt: string, rankingBasis: RankingBasis, rankingBasisLabel: string, orgUnit: { __typename: 'OrgUnit', id: string, name: string, level: OrgLevel, levelLabel: string, ancestors: Array<{ __typename: 'OrgUnit', id: string, name: string, level: OrgLevel }> }, period: { __typename: 'ReportPeriod', month: string, firstDate: string, lastDate: string, closingDay: number }, totals: { __typename: 'ReportFigures', received: number, validComplaints: number, demands: number, warnings: number, invalidComplaints: number, groupComplaints: number, households: number, timeliness: { __typename: 'ReportTimeliness', responseMeasured: number, respondedWithinHour: number, respondedWithinHourRate: number | null, resolutionMeasured: number, resolvedWithinLimit: number, resolvedWithinLimitRate: number | null, overdueOpen: number }, returnVisits: { __typename: 'ReportReturnVisits', due: number, done: number, rate: number | null, visits: number, averageScore: number | null } }, byCategory: Array<{ __typename: 'ReportCategoryRow', category: { __typename: 'Category', id: string, label: string, kind: TaxonomyKind }, figures: { __typename: 'ReportFigures', received: number, validComplaints: number, demands: number, warnings: number } }>, byGrade: Array<{ __typename: 'ReportGradeRow', grade: { __typename: 'ComplaintGrade', code: string, label: string, rank: number }, figures: { __typename: 'ReportFigures', received: number, validComplaints: number } }>, byOrgUnit: Array<{ __typename: 'ReportOrgUnitRow', orgUnit: { __typename: 'OrgUnit', id: string, name: string, level: OrgLevel, levelLabel: string }, figures: { __typename: 'ReportFigures', received: number, validComplaints: number, demands: number, timeliness: { __typename: 'ReportTimeliness', respondedWithinHourRate: number | null, resolvedWithinLimitRate: number | null, overdueOpen: number }, returnVisits: { __typename: 'ReportReturnVisits', rate: number | null, averageScore: number | null } } }>, topProjects: Array<{ __typename: 'ReportProjectRanking', rank: number, complaints: number, households: number, perThousandHouseholds: number | null, project: { __typename: 'OrgUnit', id: string, name: string } }> } };

export type ComplaintTrendsQueryVariables = Exact<{
  orgUnitId: string | number;
  months?: number | null | undefined;
}>;


export type ComplaintTrendsQuery = { complaintTrends: { __typename: 'ComplaintTrends', points: Array<{ __typename: 'ComplaintTrendPoint', month: string, figures: { __typename: 'ReportFigures', received: number, validComplaints: number, demands: number, timeliness: { __typename: 'ReportTimeliness', respondedWithinHourRate: number | null, resolvedWithinLimitRate: number | null } } }> } };

export const CategoryRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CategoryRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Category"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"departmentLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CategoryRowFragment, unknown>;
export const ComplaintAccountabilityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintAccountability"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountabilityStatus"}},{"kind":"Field","name":{"kind":"Name","value":"accountability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"conclusion"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"enforcedAt"}},{"kind":"Field","name":{"kind":"Name","value":"enforcementNote"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"refId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"}},{"kind":"Field","name":{"kind":"Name","value":"fineAmount"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ComplaintAccountabilityFragment, unknown>;
export const GradeDefinitionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GradeDefinitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GradeDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedResolutionWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"escalationTarget"}},{"kind":"Field","name":{"kind":"Name","value":"notifyGroupImmediately"}},{"kind":"Field","name":{"kind":"Name","value":"startsEmergencyTeam"}},{"kind":"Field","name":{"kind":"Name","value":"requiresAccountability"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<GradeDefinitionFieldsFragment, unknown>;
export const GradeSchemeVersionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GradeSchemeVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GradeSchemeVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"presetCode"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"defaultGradeCode"}},{"kind":"Field","name":{"kind":"Name","value":"gradedKinds"}},{"kind":"Field","name":{"kind":"Name","value":"grades"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GradeDefinitionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeLimits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountabilityWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"complaintReturnVisitHours"}},{"kind":"Field","name":{"kind":"Name","value":"demandReturnVisitHours"}},{"kind":"Field","name":{"kind":"Name","value":"exemptionPurchaseThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"maxDeadlineExtensions"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GradeDefinitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GradeDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedResolutionWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"escalationTarget"}},{"kind":"Field","name":{"kind":"Name","value":"notifyGroupImmediately"}},{"kind":"Field","name":{"kind":"Name","value":"startsEmergencyTeam"}},{"kind":"Field","name":{"kind":"Name","value":"requiresAccountability"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<GradeSchemeVersionFieldsFragment, unknown>;
export const ChangedOrgUnitFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangedOrgUnit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ChangedOrgUnitFragment, unknown>;
export const ApiClientRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiClientRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"keyPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"costPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"costPerHour"}},{"kind":"Field","name":{"kind":"Name","value":"persistedOnly"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ApiClientRowFragment, unknown>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rules"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const WorkingCalendarDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkingCalendar"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"official"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"workdayCount"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"isWorkday"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"official"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]} as unknown as DocumentNode<WorkingCalendarQuery, WorkingCalendarQueryVariables>;
export const SetCalendarDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCalendarDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCalendarDayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCalendarDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"isWorkday"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"official"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]} as unknown as DocumentNode<SetCalendarDayMutation, SetCalendarDayMutationVariables>;
export const AddCalendarYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCalendarYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCalendarYearInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCalendarYear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingCalendar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"official"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"workdayCount"}}]}}]}}]}}]} as unknown as DocumentNode<AddCalendarYearMutation, AddCalendarYearMutationVariables>;
export const CasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"highlights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"viewCount"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"background"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CasesQuery, CasesQueryVariables>;
export const MostReadCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MostReadCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mostReadCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"viewCount"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]} as unknown as DocumentNode<MostReadCasesQuery, MostReadCasesQueryVariables>;
export const CaseOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gradeSchemePresets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"grades"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<CaseOptionsQuery, CaseOptionsQueryVariables>;
export const CaseDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countView"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"countView"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countView"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnitName"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"background"}},{"kind":"Field","name":{"kind":"Name","value":"handlingProcess"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"causeAnalysis"}},{"kind":"Field","name":{"kind":"Name","value":"lessonsLearned"}},{"kind":"Field","name":{"kind":"Name","value":"preventiveMeasures"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sourceComplaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"revisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"replacedAt"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"background"}},{"kind":"Field","name":{"kind":"Name","value":"handlingProcess"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"causeAnalysis"}},{"kind":"Field","name":{"kind":"Name","value":"lessonsLearned"}},{"kind":"Field","name":{"kind":"Name","value":"preventiveMeasures"}}]}}]}}]}}]} as unknown as DocumentNode<CaseDetailQuery, CaseDetailQueryVariables>;
export const CreateCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCaseMutation, CreateCaseMutationVariables>;
export const UpdateCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"background"}},{"kind":"Field","name":{"kind":"Name","value":"handlingProcess"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"causeAnalysis"}},{"kind":"Field","name":{"kind":"Name","value":"lessonsLearned"}},{"kind":"Field","name":{"kind":"Name","value":"preventiveMeasures"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateCaseMutation, UpdateCaseMutationVariables>;
export const SubmitCaseForReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitCaseForReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitCaseForReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitCaseForReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitCaseForReviewMutation, SubmitCaseForReviewMutationVariables>;
export const ReturnCaseToDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnCaseToDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnCaseToDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnCaseToDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<ReturnCaseToDraftMutation, ReturnCaseToDraftMutationVariables>;
export const PublishCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reviewNote"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<PublishCaseMutation, PublishCaseMutationVariables>;
export const CategoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CategoryRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CategoryRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Category"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"departmentLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CategoriesQuery, CategoriesQueryVariables>;
export const CreateCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCategoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CategoryRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CategoryRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Category"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"departmentLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateCategoryMutation, CreateCategoryMutationVariables>;
export const UpdateCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCategoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CategoryRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CategoryRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Category"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"departmentLabel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sortOrder"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateCategoryMutation, UpdateCategoryMutationVariables>;
export const ComplaintsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Complaints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"grade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handler"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ComplaintsQuery, ComplaintsQueryVariables>;
export const ComplaintUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ComplaintUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaintUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ComplaintUpdatedSubscription, ComplaintUpdatedSubscriptionVariables>;
export const ComplaintDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplaintDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"concludedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"householdCount"}},{"kind":"Field","name":{"kind":"Name","value":"compensationAmount"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"escalationCount"}},{"kind":"Field","name":{"kind":"Name","value":"extensionCount"}},{"kind":"Field","name":{"kind":"Name","value":"gradeOverridden"}},{"kind":"Field","name":{"kind":"Name","value":"gradeExplanation"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnVisitDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplaintAccountability"}},{"kind":"Field","name":{"kind":"Name","value":"grade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owningUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstResponsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"handler"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"room"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintAccountability"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountabilityStatus"}},{"kind":"Field","name":{"kind":"Name","value":"accountability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"conclusion"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"enforcedAt"}},{"kind":"Field","name":{"kind":"Name","value":"enforcementNote"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"refId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"}},{"kind":"Field","name":{"kind":"Name","value":"fineAmount"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ComplaintDetailQuery, ComplaintDetailQueryVariables>;
export const SimilarCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SimilarCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"complaintId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"similarCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"complaintId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"complaintId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<SimilarCasesQuery, SimilarCasesQueryVariables>;
export const ComplaintCategoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplaintCategories"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<ComplaintCategoriesQuery, ComplaintCategoriesQueryVariables>;
export const PreviewComplaintGradeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewComplaintGrade"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PreviewGradeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewGrade"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"grade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<PreviewComplaintGradeQuery, PreviewComplaintGradeQueryVariables>;
export const CreateComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<CreateComplaintMutation, CreateComplaintMutationVariables>;
export const CreateCaseFromComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCaseFromComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCaseFromComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCaseFromComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCaseFromComplaintMutation, CreateCaseFromComplaintMutationVariables>;
export const RespondToComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RespondToComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]}}]} as unknown as DocumentNode<RespondToComplaintMutation, RespondToComplaintMutationVariables>;
export const StartHandlingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartHandling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartHandlingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startHandling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]}}]} as unknown as DocumentNode<StartHandlingMutation, StartHandlingMutationVariables>;
export const EscalateComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EscalateComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EscalateComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalateComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]}}]} as unknown as DocumentNode<EscalateComplaintMutation, EscalateComplaintMutationVariables>;
export const StartInternalReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartInternalReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartInternalReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startInternalReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]}}]} as unknown as DocumentNode<StartInternalReviewMutation, StartInternalReviewMutationVariables>;
export const StartExternalReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartExternalReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartExternalReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startExternalReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]}}]} as unknown as DocumentNode<StartExternalReviewMutation, StartExternalReviewMutationVariables>;
export const ConcludeComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConcludeComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConcludeComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"concludeComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]}}]} as unknown as DocumentNode<ConcludeComplaintMutation, ConcludeComplaintMutationVariables>;
export const RecordReturnVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordReturnVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordReturnVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordReturnVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]}}]} as unknown as DocumentNode<RecordReturnVisitMutation, RecordReturnVisitMutationVariables>;
export const ReopenComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReopenComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]}}]} as unknown as DocumentNode<ReopenComplaintMutation, ReopenComplaintMutationVariables>;
export const ExtendComplaintDeadlineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExtendComplaintDeadline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExtendComplaintDeadlineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"extendComplaintDeadline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]}}]} as unknown as DocumentNode<ExtendComplaintDeadlineMutation, ExtendComplaintDeadlineMutationVariables>;
export const OverrideComplaintGradeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OverrideComplaintGrade"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OverrideComplaintGradeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overrideComplaintGrade"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]}}]} as unknown as DocumentNode<OverrideComplaintGradeMutation, OverrideComplaintGradeMutationVariables>;
export const MarkComplaintInvalidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkComplaintInvalid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkComplaintInvalidInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markComplaintInvalid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]}}]} as unknown as DocumentNode<MarkComplaintInvalidMutation, MarkComplaintInvalidMutationVariables>;
export const ArchiveComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]}}]} as unknown as DocumentNode<ArchiveComplaintMutation, ArchiveComplaintMutationVariables>;
export const ConvertWarningToComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConvertWarningToComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConvertWarningToComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"convertWarningToComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]}}]} as unknown as DocumentNode<ConvertWarningToComplaintMutation, ConvertWarningToComplaintMutationVariables>;
export const ProjectGradesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectGrades"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gradeSchemes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgUnitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"grades"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}}]}}]}}]} as unknown as DocumentNode<ProjectGradesQuery, ProjectGradesQueryVariables>;
export const ExemptComplaintDeadlineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExemptComplaintDeadline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExemptComplaintDeadlineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exemptComplaintDeadline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]}}]} as unknown as DocumentNode<ExemptComplaintDeadlineMutation, ExemptComplaintDeadlineMutationVariables>;
export const ReclassifyComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReclassifyComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReclassifyComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reclassifyComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}}]}}]}}]}}]} as unknown as DocumentNode<ReclassifyComplaintMutation, ReclassifyComplaintMutationVariables>;
export const RecordAccountabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAccountability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAccountabilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAccountability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplaintAccountability"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintAccountability"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountabilityStatus"}},{"kind":"Field","name":{"kind":"Name","value":"accountability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"conclusion"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"enforcedAt"}},{"kind":"Field","name":{"kind":"Name","value":"enforcementNote"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"refId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"}},{"kind":"Field","name":{"kind":"Name","value":"fineAmount"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordAccountabilityMutation, RecordAccountabilityMutationVariables>;
export const ConfirmAccountabilityEnforcedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmAccountabilityEnforced"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmAccountabilityEnforcedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmAccountabilityEnforced"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedActions"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplaintAccountability"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplaintAccountability"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountabilityStatus"}},{"kind":"Field","name":{"kind":"Name","value":"accountability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"conclusion"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"enforcedAt"}},{"kind":"Field","name":{"kind":"Name","value":"enforcementNote"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enforcedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"refId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"penalty"}},{"kind":"Field","name":{"kind":"Name","value":"fineAmount"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConfirmAccountabilityEnforcedMutation, ConfirmAccountabilityEnforcedMutationVariables>;
export const AccountabilityDepartmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountabilityDepartments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountabilityDepartmentsQuery, AccountabilityDepartmentsQueryVariables>;
export const AccountabilityPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountabilityPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountabilityPeopleQuery, AccountabilityPeopleQueryVariables>;
export const WorkbenchCalendarYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkbenchCalendarYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workingCalendar"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"official"}},{"kind":"Field","name":{"kind":"Name","value":"days"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"isWorkday"}}]}}]}}]}}]} as unknown as DocumentNode<WorkbenchCalendarYearQuery, WorkbenchCalendarYearQueryVariables>;
export const GradeSchemesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GradeSchemes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gradeSchemes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgUnitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GradeSchemeVersionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GradeDefinitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GradeDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedResolutionWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"escalationTarget"}},{"kind":"Field","name":{"kind":"Name","value":"notifyGroupImmediately"}},{"kind":"Field","name":{"kind":"Name","value":"startsEmergencyTeam"}},{"kind":"Field","name":{"kind":"Name","value":"requiresAccountability"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GradeSchemeVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GradeSchemeVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"presetCode"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"defaultGradeCode"}},{"kind":"Field","name":{"kind":"Name","value":"gradedKinds"}},{"kind":"Field","name":{"kind":"Name","value":"grades"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GradeDefinitionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeLimits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountabilityWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"complaintReturnVisitHours"}},{"kind":"Field","name":{"kind":"Name","value":"demandReturnVisitHours"}},{"kind":"Field","name":{"kind":"Name","value":"exemptionPurchaseThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"maxDeadlineExtensions"}}]}}]}}]} as unknown as DocumentNode<GradeSchemesQuery, GradeSchemesQueryVariables>;
export const GradeSchemePresetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GradeSchemePresets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gradeSchemePresets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"defaultGradeCode"}},{"kind":"Field","name":{"kind":"Name","value":"gradedKinds"}},{"kind":"Field","name":{"kind":"Name","value":"grades"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GradeDefinitionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GradeDefinitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GradeDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedResolutionWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"escalationTarget"}},{"kind":"Field","name":{"kind":"Name","value":"notifyGroupImmediately"}},{"kind":"Field","name":{"kind":"Name","value":"startsEmergencyTeam"}},{"kind":"Field","name":{"kind":"Name","value":"requiresAccountability"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<GradeSchemePresetsQuery, GradeSchemePresetsQueryVariables>;
export const SchemeCategoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchemeCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<SchemeCategoriesQuery, SchemeCategoriesQueryVariables>;
export const PreviewGradeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewGrade"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PreviewGradeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewGrade"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"schemeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<PreviewGradeQuery, PreviewGradeQueryVariables>;
export const GradeSchemeImpactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GradeSchemeImpact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GradeSchemeImpactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gradeSchemeImpact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"complaintCount"}},{"kind":"Field","name":{"kind":"Name","value":"changedCount"}},{"kind":"Field","name":{"kind":"Name","value":"overriddenCount"}},{"kind":"Field","name":{"kind":"Name","value":"otherSchemeCount"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"fromGrade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toGrade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"examples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"householdCount"}},{"kind":"Field","name":{"kind":"Name","value":"compensationAmount"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromGrade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toGrade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gradeOverridden"}}]}}]}}]}}]} as unknown as DocumentNode<GradeSchemeImpactQuery, GradeSchemeImpactQueryVariables>;
export const PublishGradeSchemeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishGradeScheme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishGradeSchemeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishGradeScheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gradeScheme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GradeSchemeVersionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GradeDefinitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GradeDefinition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"rules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"conditions"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedResolutionWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"escalationTarget"}},{"kind":"Field","name":{"kind":"Name","value":"notifyGroupImmediately"}},{"kind":"Field","name":{"kind":"Name","value":"startsEmergencyTeam"}},{"kind":"Field","name":{"kind":"Name","value":"requiresAccountability"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GradeSchemeVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GradeSchemeVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"presetCode"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"defaultGradeCode"}},{"kind":"Field","name":{"kind":"Name","value":"gradedKinds"}},{"kind":"Field","name":{"kind":"Name","value":"grades"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GradeDefinitionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeLimits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountabilityWorkingDays"}},{"kind":"Field","name":{"kind":"Name","value":"complaintReturnVisitHours"}},{"kind":"Field","name":{"kind":"Name","value":"demandReturnVisitHours"}},{"kind":"Field","name":{"kind":"Name","value":"exemptionPurchaseThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"maxDeadlineExtensions"}}]}}]}}]} as unknown as DocumentNode<PublishGradeSchemeMutation, PublishGradeSchemeMutationVariables>;
export const OrgUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnitFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrgUnitsQuery, OrgUnitsQueryVariables>;
export const OrgUnitByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgUnitById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrgUnitByIdQuery, OrgUnitByIdQueryVariables>;
export const OrgUnitDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgUnitDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrgUnitDetailQuery, OrgUnitDetailQueryVariables>;
export const OrgUnitSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrgUnitSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnitFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrgUnitSearchQuery, OrgUnitSearchQueryVariables>;
export const CreateOrgUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrgUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrgUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangedOrgUnit"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangedOrgUnit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateOrgUnitMutation, CreateOrgUnitMutationVariables>;
export const UpdateOrgUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrgUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrgUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangedOrgUnit"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangedOrgUnit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateOrgUnitMutation, UpdateOrgUnitMutationVariables>;
export const MoveOrgUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveOrgUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MoveOrgUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveOrgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangedOrgUnit"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangedOrgUnit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrgUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MoveOrgUnitMutation, MoveOrgUnitMutationVariables>;
export const DeleteOrgUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteOrgUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteOrgUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOrgUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}}]}}]} as unknown as DocumentNode<DeleteOrgUnitMutation, DeleteOrgUnitMutationVariables>;
export const CreateDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}}]}}]}}]}}]} as unknown as DocumentNode<CreateDepartmentMutation, CreateDepartmentMutationVariables>;
export const DeleteDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}}]}}]}}]} as unknown as DocumentNode<DeleteDepartmentMutation, DeleteDepartmentMutationVariables>;
export const ApiClientsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiClients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiClients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiClientRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiClientRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"keyPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"costPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"costPerHour"}},{"kind":"Field","name":{"kind":"Name","value":"persistedOnly"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ApiClientsQuery, ApiClientsQueryVariables>;
export const CreateApiClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiClientRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiClientRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"keyPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"costPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"costPerHour"}},{"kind":"Field","name":{"kind":"Name","value":"persistedOnly"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateApiClientMutation, CreateApiClientMutationVariables>;
export const RevokeApiClientDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiClientIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiClientRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiClientRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"keyPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"costPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"costPerHour"}},{"kind":"Field","name":{"kind":"Name","value":"persistedOnly"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RevokeApiClientMutation, RevokeApiClientMutationVariables>;
export const RotateApiClientKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RotateApiClientKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiClientIdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rotateApiClientKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiClientRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiClientRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiClient"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"keyPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"costPerMinute"}},{"kind":"Field","name":{"kind":"Name","value":"costPerHour"}},{"kind":"Field","name":{"kind":"Name","value":"persistedOnly"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RotateApiClientKeyMutation, RotateApiClientKeyMutationVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"login"}}]}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const ResetUserPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetUserPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetUserPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetUserPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ResetUserPasswordMutation, ResetUserPasswordMutationVariables>;
export const AssignRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssignRoleMutation, AssignRoleMutationVariables>;
export const RevokeRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleLabel"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RevokeRoleMutation, RevokeRoleMutationVariables>;
export const MonthlyReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MonthlyReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgUnitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rankingBasis"}},{"kind":"Field","name":{"kind":"Name","value":"rankingBasisLabel"}},{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"firstDate"}},{"kind":"Field","name":{"kind":"Name","value":"lastDate"}},{"kind":"Field","name":{"kind":"Name","value":"closingDay"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"validComplaints"}},{"kind":"Field","name":{"kind":"Name","value":"demands"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"invalidComplaints"}},{"kind":"Field","name":{"kind":"Name","value":"groupComplaints"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"responseMeasured"}},{"kind":"Field","name":{"kind":"Name","value":"respondedWithinHour"}},{"kind":"Field","name":{"kind":"Name","value":"respondedWithinHourRate"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionMeasured"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedWithinLimit"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedWithinLimitRate"}},{"kind":"Field","name":{"kind":"Name","value":"overdueOpen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnVisits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"visits"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"validComplaints"}},{"kind":"Field","name":{"kind":"Name","value":"demands"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byGrade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"validComplaints"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byOrgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orgUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"levelLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"validComplaints"}},{"kind":"Field","name":{"kind":"Name","value":"demands"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondedWithinHourRate"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedWithinLimitRate"}},{"kind":"Field","name":{"kind":"Name","value":"overdueOpen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"returnVisits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"topProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"complaints"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"perThousandHouseholds"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MonthlyReportQuery, MonthlyReportQueryVariables>;
export const ComplaintTrendsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplaintTrends"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"months"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaintTrends"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orgUnitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orgUnitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"Variable","name":{"kind":"Name","value":"months"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"validComplaints"}},{"kind":"Field","name":{"kind":"Name","value":"demands"}},{"kind":"Field","name":{"kind":"Name","value":"timeliness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondedWithinHourRate"}},{"kind":"Field","name":{"kind":"Name","value":"resolvedWithinLimitRate"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ComplaintTrendsQuery, ComplaintTrendsQueryVariables>;