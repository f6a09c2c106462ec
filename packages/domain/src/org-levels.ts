/**
 * Org levels and which level may sit under which (RULES.md §1; CG/EG §5, XX §3, INV 第五条).
 * Developer side: 集团 → 区域公司 → 城市公司 / 片区 → 项目.
 * Property side: 物业公司 → 项目管理中心 → 物业服务中心 (a service centre is attached to a project).
 */
export const OrgLevel = {
  GROUP: 'GROUP',
  REGION: 'REGION',
  CITY: 'CITY',
  AREA: 'AREA',
  PROJECT: 'PROJECT',
  PROPERTY_COMPANY: 'PROPERTY_COMPANY',
  PROJECT_MGMT_CENTER: 'PROJECT_MGMT_CENTER',
  SERVICE_CENTER: 'SERVICE_CENTER',
} as const;
export type OrgLevel = (typeof OrgLevel)[keyof typeof OrgLevel];
export const ORG_LEVELS: readonly OrgLevel[] = Object.values(OrgLevel);

export const ORG_LEVEL_LABELS: Readonly<Record<OrgLevel, string>> = {
  GROUP: '集团',
  REGION: '区域公司',
  CITY: '城市公司',
  AREA: '片区',
  PROJECT: '项目',
  PROPERTY_COMPANY: '物业公司',
  PROJECT_MGMT_CENTER: '项目管理中心',
  SERVICE_CENTER: '物业服务中心',
};

/**
 * Allowed parent levels. A GROUP is a tenant root and has no parent. A 片区 may be a subdivision of a region
 * or of a city; small regions run projects without a city company. A property company may serve the whole
 * group or one region; a service centre hangs under its project or under the property side's
 * project management centre.
 */
export const ALLOWED_PARENT_LEVELS: Readonly<Record<OrgLevel, readonly OrgLevel[]>> = {
  GROUP: [],
  REGION: ['GROUP'],
  CITY: ['REGION'],
  AREA: ['REGION', 'CITY'],
  PROJECT: ['REGION', 'CITY', 'AREA'],
  PROPERTY_COMPANY: ['GROUP', 'REGION'],
  PROJECT_MGMT_CENTER: ['PROPERTY_COMPANY'],
  SERVICE_CENTER: ['PROJECT', 'PROJECT_MGMT_CENTER'],
};

export function isOrgLevel(value: unknown): value is OrgLevel {
  return typeof value === 'string' && (ORG_LEVELS as readonly string[]).includes(value);
}

/** `null` parent means "a root": only a GROUP may be one. */
export function canBeChildOf(level: OrgLevel, parentLevel: OrgLevel | null): boolean {
  if (parentLevel === null) return level === 'GROUP';
  return ALLOWED_PARENT_LEVELS[level].includes(parentLevel);
}

/** Human explanation of the parent rule, as the admin shows it and the server reports it. */
export function describeAllowedParents(level: OrgLevel): string {
  const parents = ALLOWED_PARENT_LEVELS[level];
  if (parents.length === 0) return `${ORG_LEVEL_LABELS[level]}是顶级组织，不能有上级`;
  return `${ORG_LEVEL_LABELS[level]}的上级只能是：${parents.map((p) => ORG_LEVEL_LABELS[p]).join('、')}`;
}
