import { graphql } from '../../graphql/generated';
import type { CaseDetailQuery, CasesQuery, MostReadCasesQuery } from '../../graphql/generated/graphql';

export type { CaseFilter, CaseStatus } from '../../graphql/generated/graphql';

/** The library: full-text search plus filters, newest first without a query. */
export const CASES_QUERY = graphql(`
  query Cases($first: Int, $after: String, $filter: CaseFilter) {
    cases(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        highlights {
          field
          snippet
        }
        node {
          id
          title
          status
          year
          tags
          regionName
          orgUnitName
          viewCount
          publishedAt
          updatedAt
          reviewNote
          background
          category {
            id
            code
            label
          }
          grade {
            code
            label
          }
          author {
            id
            name
          }
        }
      }
    }
  }
`);

export type CaseEdgeRow = CasesQuery['cases']['edges'][number];
export type CaseHighlightRow = CaseEdgeRow['highlights'][number];

export const MOST_READ_CASES_QUERY = graphql(`
  query MostReadCases($first: Int) {
    mostReadCases(first: $first) {
      id
      title
      viewCount
      orgUnitName
      year
    }
  }
`);

export type MostReadCaseRow = MostReadCasesQuery['mostReadCases'][number];

/** Category and grade options for the filters and the editor. */
export const CASE_OPTIONS_QUERY = graphql(`
  query CaseOptions {
    categories {
      id
      code
      label
    }
    gradeSchemePresets {
      code
      grades {
        code
        label
      }
    }
  }
`);

export const CASE_DETAIL_QUERY = graphql(`
  query CaseDetail($id: ID!, $countView: Boolean) {
    case(id: $id, countView: $countView) {
      id
      title
      status
      year
      tags
      regionName
      orgUnitName
      orgUnit {
        id
        name
      }
      background
      handlingProcess
      result
      causeAnalysis
      lessonsLearned
      preventiveMeasures
      reviewNote
      revision
      version
      viewCount
      createdAt
      updatedAt
      submittedAt
      publishedAt
      category {
        id
        code
        label
      }
      grade {
        code
        label
      }
      author {
        id
        name
      }
      sourceComplaint {
        id
      }
      revisions {
        revision
        replacedAt
        title
        tags
        background
        handlingProcess
        result
        causeAnalysis
        lessonsLearned
        preventiveMeasures
      }
    }
  }
`);

export type CaseDetail = NonNullable<CaseDetailQuery['case']>;
export type CaseRevisionRow = CaseDetail['revisions'][number];


export const CREATE_CASE_MUTATION = graphql(`
  mutation CreateCase($input: CreateCaseInput!) {
    createCase(input: $input) {
      case {
        id
        status
        version
      }
    }
  }
`);

export const UPDATE_CASE_MUTATION = graphql(`
  mutation UpdateCase($input: UpdateCaseInput!) {
    updateCase(input: $input) {
      case {
        id
        title
        status
        year
        tags
        background
        handlingProcess
        result
        causeAnalysis
        lessonsLearned
        preventiveMeasures
        reviewNote
        revision
        version
        updatedAt
        category {
          id
          code
          label
        }
        grade {
          code
          label
        }
      }
    }
  }
`);

export const SUBMIT_CASE_MUTATION = graphql(`
  mutation SubmitCaseForReview($input: SubmitCaseForReviewInput!) {
    submitCaseForReview(input: $input) {
      case {
        id
        status
        reviewNote
        submittedAt
        version
      }
    }
  }
`);

export const RETURN_CASE_MUTATION = graphql(`
  mutation ReturnCaseToDraft($input: ReturnCaseToDraftInput!) {
    returnCaseToDraft(input: $input) {
      case {
        id
        status
        reviewNote
        version
      }
    }
  }
`);

export const PUBLISH_CASE_MUTATION = graphql(`
  mutation PublishCase($input: PublishCaseInput!) {
    publishCase(input: $input) {
      case {
        id
        status
        reviewNote
        publishedAt
        revision
        version
      }
    }
  }
`);
