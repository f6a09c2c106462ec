import { graphql } from '../../graphql/generated';
import type { CategoriesQuery } from '../../graphql/generated/graphql';

export type { DepartmentType, TaxonomyKind } from '../../graphql/generated/graphql';

/** A category as the table shows it, and as create and update return it (the cache updates the row). */
export const CATEGORY_ROW_FRAGMENT = graphql(`
  fragment CategoryRow on Category {
    id
    code
    label
    kind
    department
    departmentLabel
    description
    sortOrder
    active
    version
  }
`);

/** Every category of the caller's group, inactive ones included: the admin maintains both. */
export const CATEGORIES_QUERY = graphql(`
  query Categories {
    categories(includeInactive: true) {
      ...CategoryRow
    }
  }
`);

export type CategoryRow = CategoriesQuery['categories'][number];

export const CREATE_CATEGORY_MUTATION = graphql(`
  mutation CreateCategory($input: CreateCategoryInput!) {
    createCategory(input: $input) {
      category {
        ...CategoryRow
      }
    }
  }
`);

export const UPDATE_CATEGORY_MUTATION = graphql(`
  mutation UpdateCategory($input: UpdateCategoryInput!) {
    updateCategory(input: $input) {
      category {
        ...CategoryRow
      }
    }
  }
`);
