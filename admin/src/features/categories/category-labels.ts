import { DEPARTMENT_TYPES } from '@kesu/domain';
import type { MessageKey } from '../../i18n/locales';
import type { DepartmentType, TaxonomyKind } from './categories-operations';

export const TAXONOMY_KINDS: readonly TaxonomyKind[] = ['COMPLAINT', 'DEMAND'];

/** In the order of @kesu/domain, the order the regulations list the departments in. */
export const DEPARTMENT_OPTIONS: readonly DepartmentType[] = DEPARTMENT_TYPES;

export const departmentKey = (department: DepartmentType) => `categories.department.${department}` satisfies MessageKey;
export const kindKey = (kind: TaxonomyKind) => `categories.kind.${kind}` satisfies MessageKey;
export const kindLongKey = (kind: TaxonomyKind) => `categories.kind.${kind}.long` satisfies MessageKey;
