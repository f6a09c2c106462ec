import { graphql } from '../../graphql/generated';
import type {
  GradeDefinitionFieldsFragment,
  GradeSchemeImpactQuery,
  GradeSchemePresetsQuery,
  GradeSchemeVersionFieldsFragment,
  SchemeCategoriesQuery,
} from '../../graphql/generated/graphql';

export type {
  GradeSchemeImpactInput,
  GradeSchemePreset,
  PreviewGradeInput,
  PublishGradeSchemeInput,
  TimeLimitsInput,
} from '../../graphql/generated/graphql';

/** A grade as the server describes it: rules with their JSON conditions, the policy with its Chinese summary. */
export const GRADE_DEFINITION_FIELDS = graphql(`
  fragment GradeDefinitionFields on GradeDefinition {
    code
    label
    rank
    rules {
      id
      source
      conditions
      description
    }
    policy {
      responseMinutes
      resolutionWorkingDays
      escalatedResolutionWorkingDays
      escalationTarget
      notifyGroupImmediately
      startsEmergencyTeam
      requiresAccountability
      description
    }
  }
`);

export const GRADE_SCHEME_VERSION_FIELDS = graphql(`
  fragment GradeSchemeVersionFields on GradeSchemeVersion {
    id
    version
    name
    presetCode
    source
    effectiveFrom
    publishedAt
    publishedBy {
      id
      name
    }
    orgUnit {
      id
      name
      level
      levelLabel
    }
    defaultGradeCode
    gradedKinds
    grades {
      ...GradeDefinitionFields
    }
    timeLimits {
      accountabilityWorkingDays
      complaintReturnVisitHours
      demandReturnVisitHours
      exemptionPurchaseThreshold
      maxDeadlineExtensions
    }
  }
`);

/**
 * The versions that apply to a unit (its own and its ancestors'), newest first, plus the unit's ancestors so the
 * admin can tell which version is in force (the nearest unit wins, as on the server).
 */
export const GRADE_SCHEMES_QUERY = graphql(`
  query GradeSchemes($orgUnitId: ID!) {
    gradeSchemes(orgUnitId: $orgUnitId) {
      ...GradeSchemeVersionFields
    }
    node(id: $orgUnitId) {
      ... on OrgUnit {
        id
        name
        ancestors {
          id
        }
      }
    }
  }
`);

export const GRADE_SCHEME_PRESETS_QUERY = graphql(`
  query GradeSchemePresets {
    gradeSchemePresets {
      code
      label
      name
      source
      defaultGradeCode
      gradedKinds
      grades {
        ...GradeDefinitionFields
      }
    }
  }
`);

/** Every category of the group, active or not: a rule may name any of them. */
export const SCHEME_CATEGORIES_QUERY = graphql(`
  query SchemeCategories {
    categories(includeInactive: true) {
      id
      code
      label
      kind
      active
    }
  }
`);

/** What the CURRENT published scheme gives for the same facts (server side), beside the draft's grade. */
export const PREVIEW_GRADE_QUERY = graphql(`
  query PreviewGrade($input: PreviewGradeInput!) {
    previewGrade(input: $input) {
      grade {
        code
        label
        rank
      }
      isDefault
      explanation
      schemeVersion
      policy {
        description
      }
    }
  }
`);

export const GRADE_SCHEME_IMPACT_QUERY = graphql(`
  query GradeSchemeImpact($input: GradeSchemeImpactInput!) {
    gradeSchemeImpact(input: $input) {
      from
      to
      complaintCount
      changedCount
      overriddenCount
      otherSchemeCount
      changes {
        count
        fromGrade {
          code
          label
          rank
        }
        toGrade {
          code
          label
          rank
        }
      }
      examples {
        complaint {
          id
          number
          title
          receivedAt
          householdCount
          compensationAmount
          project {
            id
            name
          }
        }
        fromGrade {
          code
          label
          rank
        }
        toGrade {
          code
          label
          rank
        }
        gradeOverridden
      }
    }
  }
`);

export const PUBLISH_GRADE_SCHEME_MUTATION = graphql(`
  mutation PublishGradeScheme($input: PublishGradeSchemeInput!) {
    publishGradeScheme(input: $input) {
      gradeScheme {
        ...GradeSchemeVersionFields
      }
    }
  }
`);

export type GradeSchemeVersion = GradeSchemeVersionFieldsFragment;
export type GradeDefinition = GradeDefinitionFieldsFragment;
export type GradeSchemePresetInfo = GradeSchemePresetsQuery['gradeSchemePresets'][number];
export type SchemeCategory = SchemeCategoriesQuery['categories'][number];
export type GradeSchemeImpactResult = GradeSchemeImpactQuery['gradeSchemeImpact'];
