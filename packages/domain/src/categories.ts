import type { ComplaintKind } from './complaint-facts.js';
import type { DepartmentType } from './departments.js';

/** One entry of a group's taxonomy: the department type bears main responsibility (CG §5.3(2)). */
export interface CategoryDefinition {
  readonly code: string;
  readonly label: string;
  /** Complaints and warnings share the complaint taxonomy; demands have their own (XX 4.1.2.3). */
  readonly kind: Extract<ComplaintKind, 'COMPLAINT' | 'DEMAND'>;
  readonly department: DepartmentType;
  readonly description: string;
}

/**
 * The default taxonomy of RULES.md §3, seeded for every group and then edited by its admins.
 * Developer complaints: CG/EG §6. Property complaints: XX 4.1.2.2. Property demands: XX 4.1.2.3.
 */
export const DEFAULT_CATEGORIES: readonly CategoryDefinition[] = [
  { code: 'DEV_ENGINEERING', label: '工程管理类', kind: 'COMPLAINT', department: 'ENGINEERING', description: '工程质量、由工程负责的维修（CG §6）' },
  { code: 'DEV_PLANNING_DESIGN', label: '规划设计类', kind: 'COMPLAINT', department: 'DESIGN', description: '规划、设计缺陷（CG §6）' },
  { code: 'DEV_MARKETING', label: '营销管理类', kind: 'COMPLAINT', department: 'MARKETING', description: '销售承诺、执行、产权证办理（CG §6）' },
  { code: 'DEV_CUSTOMER_SERVICE', label: '客户服务类', kind: 'COMPLAINT', department: 'CUSTOMER_RELATIONS', description: '投诉处理、交付、客服负责的维修；态度、及时性、技能、效果（CG §6）' },
  { code: 'DEV_PROPERTY_SERVICE', label: '物业服务类', kind: 'COMPLAINT', department: 'PROPERTY', description: '安防、保洁、设施、绿化、停车、装修管理（CG §6）' },
  { code: 'PM_HOUSING', label: '房屋管理', kind: 'COMPLAINT', department: 'PROPERTY', description: '物业投诉：房屋管理（XX 4.1.2.2）' },
  { code: 'PM_EQUIPMENT', label: '设备管理', kind: 'COMPLAINT', department: 'PROPERTY', description: '物业投诉：设备管理（XX 4.1.2.2）' },
  { code: 'PM_ORDER', label: '秩序管理', kind: 'COMPLAINT', department: 'PROPERTY', description: '物业投诉：秩序管理（XX 4.1.2.2）' },
  { code: 'PM_ENVIRONMENT', label: '环境管理', kind: 'COMPLAINT', department: 'PROPERTY', description: '物业投诉：环境管理（XX 4.1.2.2）' },
  { code: 'PM_GENERAL_SERVICE', label: '综合服务', kind: 'COMPLAINT', department: 'PROPERTY', description: '物业投诉：综合服务（XX 4.1.2.2）' },
  { code: 'DM_CONSULTING', label: '咨询服务', kind: 'DEMAND', department: 'CUSTOMER_RELATIONS', description: '客户需求：咨询服务（XX 4.1.2.3）' },
  { code: 'DM_BASIC_SERVICE', label: '基础服务', kind: 'DEMAND', department: 'PROPERTY', description: '客户需求：基础服务（XX 4.1.2.3）' },
  { code: 'DM_SPECIAL_SERVICE', label: '特约服务', kind: 'DEMAND', department: 'PROPERTY', description: '客户需求：特约服务（XX 4.1.2.3）' },
  { code: 'DM_LEASING', label: '租务管理', kind: 'DEMAND', department: 'PROPERTY', description: '客户需求：租务管理（XX 4.1.2.3）' },
  { code: 'DM_CUSTOMER_DISPUTE', label: '客户纠纷', kind: 'DEMAND', department: 'CUSTOMER_RELATIONS', description: '客户需求：客户纠纷（XX 4.1.2.3）' },
  { code: 'DM_DEVELOPMENT', label: '开发板块', kind: 'DEMAND', department: 'DEVELOPMENT', description: '客户需求：开发板块（XX 4.1.2.3）' },
  { code: 'DM_OTHER', label: '其它', kind: 'DEMAND', department: 'CUSTOMER_RELATIONS', description: '客户需求：其它（XX 4.1.2.3）' },
];

/** Warnings are classified with the complaint taxonomy (a warning may become a complaint, CG §3.4). */
export function taxonomyKindFor(kind: ComplaintKind): CategoryDefinition['kind'] {
  return kind === 'DEMAND' ? 'DEMAND' : 'COMPLAINT';
}
