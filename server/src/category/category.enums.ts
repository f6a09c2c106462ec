import { registerLabeledEnum } from '../graphql/labeled-enum.js';

/** The two taxonomies: complaints (and warnings, CG §3.4) and demands (XX 4.1.2.3). */
export const TaxonomyKindEnum = { COMPLAINT: 'COMPLAINT', DEMAND: 'DEMAND' } as const;
registerLabeledEnum(TaxonomyKindEnum, 'TaxonomyKind', '分类体系', { COMPLAINT: '投诉分类', DEMAND: '需求分类' });
