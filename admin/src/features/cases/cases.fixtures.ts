import { defineAbilityFor, packAbility, type RoleGrant } from '@kesu/permissions';
import type { Viewer } from '../auth/auth-operations';
import type { CaseDetail } from './cases-operations';

export const CR_EXECUTIVE: RoleGrant[] = [{ role: 'REGION_CR_EXECUTIVE', orgUnitId: 'south', orgPath: '/g/south/' }];
export const CR_LEAD: RoleGrant[] = [{ role: 'REGION_CR_LEAD', orgUnitId: 'south', orgPath: '/g/south/' }];
export const READER: RoleGrant[] = [{ role: 'CASE_READER', orgUnitId: 'g', orgPath: '/g/' }];

/** `me` as the admin would hold it for these grants. */
export function viewerFor(grants: RoleGrant[], userId = 'u1'): Viewer {
  return {
    __typename: 'Viewer',
    user: { __typename: 'User', id: userId, name: '测试者' },
    roles: grants.map((grant) => ({
      __typename: 'RoleAssignment',
      role: grant.role,
      orgUnit: { __typename: 'OrgUnit', id: grant.orgUnitId, name: grant.orgUnitId, level: 'REGION' },
    })),
    rules: JSON.parse(JSON.stringify(packAbility(defineAbilityFor({ userId, grants })))),
  } as Viewer;
}

export function caseFixture(patch: Partial<CaseDetail> = {}): CaseDetail {
  return {
    __typename: 'Case',
    id: 'Q2FzZTox',
    title: '云山府4号楼厨房渗水处理案例',
    status: 'PUBLISHED',
    year: 2025,
    tags: ['渗水', '工程质量'],
    regionName: '华南区域',
    orgUnitName: '广州·云山府',
    orgUnit: { __typename: 'OrgUnit', id: 'T3JnVW5pdDpwMQ', name: '广州·云山府' },
    background: '业主反映厨房渗水。',
    handlingProcess: '1. 当天上门查看。\n2. 闭水试验。',
    result: '渗水问题彻底解决。',
    causeAnalysis: '穿墙管根部封堵不严。',
    lessonsLearned: '先找准原因再施工。',
    preventiveMeasures: '',
    reviewNote: null,
    revision: 1,
    version: 3,
    viewCount: 12,
    createdAt: '2025-05-01T00:00:00.000Z',
    updatedAt: '2025-05-02T00:00:00.000Z',
    submittedAt: '2025-05-01T08:00:00.000Z',
    publishedAt: '2025-05-02T00:00:00.000Z',
    category: { __typename: 'Category', id: 'Q2F0OjE', code: 'ENGINEERING', label: '工程管理类' },
    grade: { __typename: 'CaseGrade', code: 'A2', label: 'A类二级' },
    author: { __typename: 'User', id: 'author-1', name: '林若溪' },
    sourceComplaint: null,
    revisions: [],
    ...patch,
  };
}
