import { graphql } from '../../graphql/generated';
import type { CategoriesQuery } from '../../graphql/generated/graphql';

export type { DepartmentType, TaxonomyKind } from '../../graphql/generated/graphql';

/** Every category of the caller's group, inactive ones included: the admin maintains both. */
export const CATEGORIES_QUERY = graphql(`
  query Categories {
    categories(includeInactive: true) {
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
  }
`);

export type CategoryRow = CategoriesQuery['categories'][number];

export const CREATE_CATEGORY_MUTATION = graphql(`
  mutation CreateCategory($input: CreateCategoryInput!) {
    createCategory(input: $input) {
      category {
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
    }
  }
`);

export const UPDATE_CATEGORY_MUTATION = graphql(`
  mutation UpdateCategory($input: UpdateCategoryInput!) {
    updateCategory(input: $input) {
      category {
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
    }
  }
`);
