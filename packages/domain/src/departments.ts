/** Professional departments present at each level (RULES.md §1; CG §5.3). */
export const DepartmentType = {
  CUSTOMER_RELATIONS: 'CUSTOMER_RELATIONS',
  ENGINEERING: 'ENGINEERING',
  DESIGN: 'DESIGN',
  MARKETING: 'MARKETING',
  PROPERTY: 'PROPERTY',
  LEGAL: 'LEGAL',
  MEDIA: 'MEDIA',
  PERFORMANCE: 'PERFORMANCE',
  DEVELOPMENT: 'DEVELOPMENT',
} as const;
export type DepartmentType = (typeof DepartmentType)[keyof typeof DepartmentType];
export const DEPARTMENT_TYPES: readonly DepartmentType[] = Object.values(DepartmentType);

export const DEPARTMENT_TYPE_LABELS: Readonly<Record<DepartmentType, string>> = {
  CUSTOMER_RELATIONS: '客户关系部',
  ENGINEERING: '工程部',
  DESIGN: '设计部',
  MARKETING: '营销部',
  PROPERTY: '物业部',
  LEGAL: '法务部',
  MEDIA: '媒体关系部',
  PERFORMANCE: '绩效管理部',
  DEVELOPMENT: '开发部',
};
