import { graphql } from '../../graphql/generated';
import type { ComplaintDetailQuery, ComplaintsQuery } from '../../graphql/generated/graphql';

export type {
  Channel,
  ComplaintAction,
  ComplaintFilter,
  ComplaintFlag,
  ComplaintKind,
  ComplaintStatus,
  EscalationReason,
  ExemptionReason,
  ExternalReviewMethod,
  ReturnVisitMethod,
} from '../../graphql/generated/graphql';

/** One page of the workbench list, ordered by the server by the nearest open deadline. */
export const COMPLAINTS_QUERY = graphql(`
  query Complaints($first: Int, $after: String, $filter: ComplaintFilter) {
    complaints(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          number
          kind
          status
          title
          receivedAt
          overdue
          respondedAt
          responseDueAt
          resolutionDueAt
          grade {
            code
            label
            rank
          }
          category {
            code
            label
          }
          project {
            id
            name
          }
          handler {
            id
            name
          }
        }
      }
    }
  }
`);

export type ComplaintRow = ComplaintsQuery['complaints']['edges'][number]['node'];

/** Everything the detail page shows; null when the complaint does not exist or is outside the caller's scope. */
/** Someone else changed the complaint (another user, the overdue clock): the page reloads its file. */
export const COMPLAINT_UPDATED_SUBSCRIPTION = graphql(`
  subscription ComplaintUpdated($id: ID!) {
    complaintUpdated(id: $id) {
      id
      version
      status
    }
  }
`);

export const COMPLAINT_DETAIL_QUERY = graphql(`
  query ComplaintDetail($id: ID!) {
    complaint(id: $id) {
      id
      number
      kind
      status
      channel
      title
      description
      receivedAt
      createdAt
      respondedAt
      concludedAt
      archivedAt
      overdue
      version
      householdCount
      compensationAmount
      flags
      escalationCount
      extensionCount
      gradeOverridden
      gradeExplanation
      responseDueAt
      resolutionDueAt
      returnVisitDueAt
      allowedActions
      ...ComplaintAccountability
      grade {
        code
        label
        rank
      }
      category {
        code
        label
      }
      project {
        id
        name
      }
      owningUnit {
        id
        name
      }
      firstResponsible {
        id
        name
      }
      handler {
        id
        name
      }
      customers {
        name
        phone
        room
      }
      events(first: 100) {
        totalCount
        edges {
          node {
            id
            type
            label
            occurredAt
            reason
            fromStatus
            toStatus
            actor {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export type ComplaintDetail = NonNullable<ComplaintDetailQuery['complaint']>;

export const SIMILAR_CASES_QUERY = graphql(`
  query SimilarCases($complaintId: ID!) {
    similarCases(complaintId: $complaintId, first: 5) {
      id
      title
      category {
        label
      }
    }
  }
`);

/** Categories usable for a record kind (warnings use the complaint taxonomy). */
export const COMPLAINT_CATEGORIES_QUERY = graphql(`
  query ComplaintCategories($kind: ComplaintKind) {
    categories(kind: $kind) {
      id
      code
      label
    }
  }
`);

export const PREVIEW_GRADE_QUERY = graphql(`
  query PreviewComplaintGrade($input: PreviewGradeInput!) {
    previewGrade(input: $input) {
      isDefault
      explanation
      grade {
        code
        label
      }
      policy {
        description
      }
    }
  }
`);

export const CREATE_COMPLAINT_MUTATION = graphql(`
  mutation CreateComplaint($input: CreateComplaintInput!) {
    createComplaint(input: $input) {
      complaint {
        id
        number
      }
    }
  }
`);

export const CREATE_CASE_FROM_COMPLAINT_MUTATION = graphql(`
  mutation CreateCaseFromComplaint($input: CreateCaseFromComplaintInput!) {
    createCaseFromComplaint(input: $input) {
      case {
        id
      }
    }
  }
`);

// The transitions. Each returns the complaint's new state (status, version, allowed actions …) so the cache
// updates the detail page in place; the events list is refetched by the page.
export const RESPOND_MUTATION = graphql(`
  mutation RespondToComplaint($input: RespondToComplaintInput!) {
    respondToComplaint(input: $input) {
      complaint {
        id
        status
        version
        allowedActions
      }
    }
  }
`);

export const START_HANDLING_MUTATION = graphql(`
  mutation StartHandling($input: StartHandlingInput!) {
    startHandling(input: $input) {
      complaint {
        id
        status
        version
        allowedActions
      }
    }
  }
`);

export const ESCALATE_MUTATION = graphql(`
  mutation EscalateComplaint($input: EscalateComplaintInput!) {
    escalateComplaint(input: $input) {
      complaint {
        id
        status
        version
        allowedActions
      }
    }
  }
`);

export const START_INTERNAL_REVIEW_MUTATION = graphql(`
  mutation StartInternalReview($input: StartInternalReviewInput!) {
    startInternalReview(input: $input) {
      complaint {
        id
        status
        version
        allowedActions
      }
    }
  }
`);

export const START_EXTERNAL_REVIEW_MUTATION = graphql(`
  mutation StartExternalReview($input: StartExternalReviewInput!) {
    startExternalReview(input: $input) {
      complaint {
        id
        status
        version
        allowedActions
      }
    }
  }
`);

export const CONCLUDE_MUTATION = graphql(`
  mutation ConcludeComplaint($input: ConcludeComplaintInput!) {
    concludeComplaint(input: $input) {
      complaint {
        id
        status
        version
        allowedActions
      }
    }
  }
`);

export const RETURN_VISIT_MUTATION = graphql(`
  mutation RecordReturnVisit($input: RecordReturnVisitInput!) {
    recordReturnVisit(input: $input) {
      complaint {
        id
        status
        version
        allowedActions
      }
    }
  }
`);

export const REOPEN_MUTATION = graphql(`
  mutation ReopenComplaint($input: ReopenComplaintInput!) {
    reopenComplaint(input: $input) {
      complaint {
        id
        status
        version
        allowedActions
      }
    }
  }
`);

export const EXTEND_DEADLINE_MUTATION = graphql(`
  mutation ExtendComplaintDeadline($input: ExtendComplaintDeadlineInput!) {
    extendComplaintDeadline(input: $input) {
      complaint {
        id
        status
        version
        allowedActions
      }
    }
  }
`);

export const OVERRIDE_GRADE_MUTATION = graphql(`
  mutation OverrideComplaintGrade($input: OverrideComplaintGradeInput!) {
    overrideComplaintGrade(input: $input) {
      complaint {
        id
        status
        version
        allowedActions
      }
    }
  }
`);

export const MARK_INVALID_MUTATION = graphql(`
  mutation MarkComplaintInvalid($input: MarkComplaintInvalidInput!) {
    markComplaintInvalid(input: $input) {
      complaint {
        id
        status
        version
        allowedActions
      }
    }
  }
`);

export const ARCHIVE_MUTATION = graphql(`
  mutation ArchiveComplaint($input: ArchiveComplaintInput!) {
    archiveComplaint(input: $input) {
      complaint {
        id
        status
        version
        allowedActions
      }
    }
  }
`);

export const CONVERT_WARNING_MUTATION = graphql(`
  mutation ConvertWarningToComplaint($input: ConvertWarningToComplaintInput!) {
    convertWarningToComplaint(input: $input) {
      complaint {
        id
        status
        version
        allowedActions
      }
    }
  }
`);

/** The grades the complaint's project may use (newest applicable scheme first), for "调整等级". */
export const PROJECT_GRADES_QUERY = graphql(`
  query ProjectGrades($orgUnitId: ID!) {
    gradeSchemes(orgUnitId: $orgUnitId) {
      id
      grades {
        code
        label
        rank
      }
    }
  }
`);

export const EXEMPT_DEADLINE_MUTATION = graphql(`
  mutation ExemptComplaintDeadline($input: ExemptComplaintDeadlineInput!) {
    exemptComplaintDeadline(input: $input) {
      complaint {
        id
        status
        version
        allowedActions
      }
    }
  }
`);

export const RECLASSIFY_MUTATION = graphql(`
  mutation ReclassifyComplaint($input: ReclassifyComplaintInput!) {
    reclassifyComplaint(input: $input) {
      complaint {
        id
        status
        version
        allowedActions
      }
    }
  }
`);

// accountability — 问责追责: the record shown on the detail page, the two steps offered through `allowedActions`,
// and what the party pickers choose from.
export type { AccountabilityPartyKind, AccountabilityPenalty, AccountabilityStatus } from '../../graphql/generated/graphql';

/** The complaint's accountability record (null when the caller may not read it or nothing is recorded yet). */
export const COMPLAINT_ACCOUNTABILITY_FRAGMENT = graphql(`
  fragment ComplaintAccountability on Complaint {
    accountabilityStatus
    accountability {
      status
      conclusion
      recordedAt
      enforcedAt
      enforcementNote
      recordedBy {
        id
        name
      }
      enforcedBy {
        id
        name
      }
      parties {
        kind
        refId
        name
        share
        penalty
        fineAmount
        note
      }
      comments {
        text
        createdAt
        author {
          id
          name
        }
      }
    }
  }
`);

export const RECORD_ACCOUNTABILITY_MUTATION = graphql(`
  mutation RecordAccountability($input: RecordAccountabilityInput!) {
    recordAccountability(input: $input) {
      complaint {
        id
        status
        version
        allowedActions
        ...ComplaintAccountability
      }
    }
  }
`);

export const CONFIRM_ACCOUNTABILITY_MUTATION = graphql(`
  mutation ConfirmAccountabilityEnforced($input: ConfirmAccountabilityEnforcedInput!) {
    confirmAccountabilityEnforced(input: $input) {
      complaint {
        id
        status
        version
        allowedActions
        ...ComplaintAccountability
      }
    }
  }
`);

/** Departments a party may be: those of the complaint's project and of its ancestors in the caller's scope. */
export const ACCOUNTABILITY_DEPARTMENTS_QUERY = graphql(`
  query AccountabilityDepartments($projectId: ID!) {
    node(id: $projectId) {
      ... on OrgUnit {
        id
        name
        departments {
          id
          name
        }
        ancestors {
          id
          name
          departments {
            id
            name
          }
        }
      }
    }
  }
`);

/** People a party may be, by name, login or phone, in the caller's scope. */
export const ACCOUNTABILITY_PEOPLE_QUERY = graphql(`
  query AccountabilityPeople($search: String!) {
    users(first: 20, filter: { search: $search }) {
      edges {
        node {
          id
          name
          login
          orgUnit {
            id
            name
          }
        }
      }
    }
  }
`);
// end accountability
