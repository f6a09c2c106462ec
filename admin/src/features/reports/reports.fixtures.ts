import type { MonthlyReport, TrendPoint } from './reports-operations';

// Report data as the server answers it, for component and option tests.

const timeliness = (overrides: Partial<MonthlyReport['totals']['timeliness']> = {}): MonthlyReport['totals']['timeliness'] => ({
  __typename: 'ReportTimeliness',
  responseMeasured: 7,
  respondedWithinHour: 5,
  respondedWithinHourRate: 5 / 7,
  resolutionMeasured: 6,
  resolvedWithinLimit: 3,
  resolvedWithinLimitRate: 0.5,
  overdueOpen: 2,
  ...overrides,
});

const unit = (id: string, name: string, level: 'GROUP' | 'REGION' | 'CITY' | 'PROJECT', levelLabel: string) => ({
  __typename: 'OrgUnit' as const,
  id,
  name,
  level,
  levelLabel,
});

const rowFigures = (received: number, valid: number): MonthlyReport['byOrgUnit'][number]['figures'] => ({
  __typename: 'ReportFigures',
  received,
  validComplaints: valid,
  demands: received - valid,
  timeliness: { __typename: 'ReportTimeliness', respondedWithinHourRate: 1, resolvedWithinLimitRate: null, overdueOpen: 0 },
  returnVisits: { __typename: 'ReportReturnVisits', rate: 0.8, averageScore: 4.5 },
});

export const GROUP_ID = 'T3JnVW5pdDox';
export const SOUTH_ID = 'T3JnVW5pdDoy';

/** The group's November report, or (for `SOUTH_ID`) the south region's. */
export function reportFixture(orgUnitId: string = GROUP_ID): MonthlyReport {
  const south = orgUnitId === SOUTH_ID;
  const group = unit(GROUP_ID, '鸿远地产集团', 'GROUP', '集团');
  return {
    __typename: 'MonthlyReport',
    month: '2026-11',
    generatedAt: '2026-11-23T02:00:00.000Z',
    rankingBasis: 'COMPLAINT_COUNT',
    rankingBasisLabel: '按有效投诉件数排名（项目未配置总户数）',
    orgUnit: south
      ? { ...unit(SOUTH_ID, '华南区域', 'REGION', '区域公司'), ancestors: [{ __typename: 'OrgUnit', id: GROUP_ID, name: '鸿远地产集团', level: 'GROUP' }] }
      : { ...group, ancestors: [] },
    period: { __typename: 'ReportPeriod', month: '2026-11', firstDate: '2026-10-25', lastDate: '2026-11-24', closingDay: 24 },
    totals: {
      __typename: 'ReportFigures',
      received: south ? 40 : 12,
      validComplaints: 9,
      demands: 2,
      warnings: 1,
      invalidComplaints: 0,
      groupComplaints: 1,
      households: 14,
      timeliness: timeliness(),
      returnVisits: { __typename: 'ReportReturnVisits', due: 4, done: 3, rate: 0.75, visits: 3, averageScore: 4.666 },
    },
    byCategory: [
      { __typename: 'ReportCategoryRow', category: { __typename: 'Category', id: 'c1', label: '工程管理类', kind: 'COMPLAINT' }, figures: { __typename: 'ReportFigures', received: 9, validComplaints: 8, demands: 0, warnings: 1 } },
      { __typename: 'ReportCategoryRow', category: { __typename: 'Category', id: 'c2', label: '营销管理类', kind: 'COMPLAINT' }, figures: { __typename: 'ReportFigures', received: 3, validComplaints: 1, demands: 2, warnings: 0 } },
      { __typename: 'ReportCategoryRow', category: { __typename: 'Category', id: 'c3', label: '物业服务类', kind: 'COMPLAINT' }, figures: { __typename: 'ReportFigures', received: 0, validComplaints: 0, demands: 0, warnings: 0 } },
    ],
    byGrade: [
      { __typename: 'ReportGradeRow', grade: { __typename: 'ComplaintGrade', code: 'A1', label: 'A类一级', rank: 3 }, figures: { __typename: 'ReportFigures', received: 0, validComplaints: 0 } },
      { __typename: 'ReportGradeRow', grade: { __typename: 'ComplaintGrade', code: 'A2', label: 'A类二级', rank: 2 }, figures: { __typename: 'ReportFigures', received: 2, validComplaints: 2 } },
      { __typename: 'ReportGradeRow', grade: { __typename: 'ComplaintGrade', code: 'GENERAL', label: '一般事件', rank: 1 }, figures: { __typename: 'ReportFigures', received: 10, validComplaints: 7 } },
    ],
    byOrgUnit: south
      ? [{ __typename: 'ReportOrgUnitRow', orgUnit: unit('T3JnVW5pdDoz', '广州城市公司', 'CITY', '城市公司'), figures: rowFigures(40, 30) }]
      : [
          { __typename: 'ReportOrgUnitRow', orgUnit: unit(SOUTH_ID, '华南区域', 'REGION', '区域公司'), figures: rowFigures(8, 6) },
          { __typename: 'ReportOrgUnitRow', orgUnit: unit('T3JnVW5pdDo0', '华东区域', 'REGION', '区域公司'), figures: rowFigures(4, 3) },
        ],
    topProjects: [
      { __typename: 'ReportProjectRanking', rank: 1, complaints: 7, households: 9, perThousandHouseholds: 3.5, project: { __typename: 'OrgUnit', id: 'p1', name: '广州·云山府' } },
      { __typename: 'ReportProjectRanking', rank: 2, complaints: 5, households: 5, perThousandHouseholds: 1.25, project: { __typename: 'OrgUnit', id: 'p2', name: '佛山·禅意花园' } },
    ],
  };
}

/** Twelve months ending in 2026-11; the resolution rate is measured only in the last month. */
export function trendsFixture(): TrendPoint[] {
  return Array.from({ length: 12 }, (_, i) => {
    const m = i + 11; // 2025-12 … 2026-11
    const month = `${2025 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
    const last = i === 11;
    return {
      __typename: 'ComplaintTrendPoint',
      month,
      figures: {
        __typename: 'ReportFigures',
        received: last ? 12 : i,
        validComplaints: last ? 9 : i,
        demands: 0,
        timeliness: { __typename: 'ReportTimeliness', respondedWithinHourRate: null, resolvedWithinLimitRate: last ? 2 / 3 : null },
      },
    };
  });
}
