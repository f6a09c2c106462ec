import { graphql } from '../../graphql/generated';
import type { ComplaintTrendsQuery, MonthlyReportQuery } from '../../graphql/generated/graphql';

// One selection of figures, repeated in each query (fragment masking is off, but a plain copy keeps the
// generated types flat and easy to build in tests).
export const MONTHLY_REPORT_QUERY = graphql(`
  query MonthlyReport($orgUnitId: ID!, $month: String!) {
    monthlyReport(orgUnitId: $orgUnitId, month: $month) {
      month
      generatedAt
      rankingBasis
      rankingBasisLabel
      orgUnit {
        id
        name
        level
        levelLabel
        ancestors {
          id
          name
          level
        }
      }
      period {
        month
        firstDate
        lastDate
        closingDay
      }
      totals {
        received
        validComplaints
        demands
        warnings
        invalidComplaints
        groupComplaints
        households
        timeliness {
          responseMeasured
          respondedWithinHour
          respondedWithinHourRate
          resolutionMeasured
          resolvedWithinLimit
          resolvedWithinLimitRate
          overdueOpen
        }
        returnVisits {
          due
          done
          rate
          visits
          averageScore
        }
      }
      byCategory {
        category {
          id
          label
          kind
        }
        figures {
          received
          validComplaints
          demands
          warnings
        }
      }
      byGrade {
        grade {
          code
          label
          rank
        }
        figures {
          received
          validComplaints
        }
      }
      byOrgUnit {
        orgUnit {
          id
          name
          level
          levelLabel
        }
        figures {
          received
          validComplaints
          demands
          timeliness {
            respondedWithinHourRate
            resolvedWithinLimitRate
            overdueOpen
          }
          returnVisits {
            rate
            averageScore
          }
        }
      }
      topProjects {
        rank
        complaints
        households
        perThousandHouseholds
        project {
          id
          name
        }
      }
    }
  }
`);

export const COMPLAINT_TRENDS_QUERY = graphql(`
  query ComplaintTrends($orgUnitId: ID!, $months: Int) {
    complaintTrends(orgUnitId: $orgUnitId, months: $months) {
      points {
        month
        figures {
          received
          validComplaints
          demands
          timeliness {
            respondedWithinHourRate
            resolvedWithinLimitRate
          }
        }
      }
    }
  }
`);

export type MonthlyReport = MonthlyReportQuery['monthlyReport'];
export type ReportFiguresSummary = MonthlyReport['totals'];
export type ReportUnitRow = MonthlyReport['byOrgUnit'][number];
export type TrendPoint = ComplaintTrendsQuery['complaintTrends']['points'][number];
