import { registerLabeledEnum } from '../graphql/labeled-enum.js';

/** How the month's project ranking is ordered (issue: per 1,000 households when configured, else by count). */
export const RankingBasis = {
  PER_THOUSAND_HOUSEHOLDS: 'PER_THOUSAND_HOUSEHOLDS',
  COMPLAINT_COUNT: 'COMPLAINT_COUNT',
} as const;
export type RankingBasis = (typeof RankingBasis)[keyof typeof RankingBasis];

export const RANKING_BASIS_LABELS: Readonly<Record<RankingBasis, string>> = {
  PER_THOUSAND_HOUSEHOLDS: '按每千户投诉量排名',
  COMPLAINT_COUNT: '按有效投诉件数排名（项目未配置总户数）',
};

export const RankingBasisEnum = registerLabeledEnum(RankingBasis, 'RankingBasis', '项目排名依据', RANKING_BASIS_LABELS);
