import {
  GRADE_SCHEME_PRESETS,
  GRADE_SCHEME_PRESET_LABELS,
  DEFAULT_TIME_LIMITS,
  gradeSchemePreset,
  type ComplaintKind,
} from '@kesu/domain';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ComplaintKindEnum } from '../category/complaint-kind.enum.js';
import { Can } from '../graphql/access.js';
import type { Context } from '../graphql/context.js';
import { toGlobalId } from '../graphql/global-id.js';
import { User } from '../identity/user.entity.js';
import { OrgUnit } from '../org/org-unit.entity.js';
import { findReadableOrgUnit } from '../org/org.service.js';
import { GradeSchemeVersion } from './grade-scheme-version.entity.js';
import { gradeSchemeImpact } from './grade-scheme-impact.service.js';
import { GradeSchemeImpactInput, PreviewGradeInput, PublishGradeSchemeInput, PublishGradeSchemePayload } from './grade-scheme.inputs.js';
import * as gradeSchemes from './grade-scheme.service.js';
import {
  GradeDefinitionType,
  GradeResultType,
  GradeSchemeImpactType,
  GradeSchemePresetInfoType,
  GradeSchemeVersionType,
  TimeLimitsType,
} from './grade-scheme.types.js';
import { explanationLines, firedRulesView, gradesView, policyView, timeLimitsView } from './grade-scheme.view.js';

@Resolver(() => GradeSchemeVersionType)
export class GradeSchemeResolver {
  @Query(() => [GradeSchemeVersionType], {
    description: '适用于该单元的分级方案版本：该单元及其上级发布的全部版本，最新发布的在前；单元不在权限范围内时为空',
  })
  @Can('read', 'GradeScheme')
  gradeSchemes(@Arg('orgUnitId', () => ID) orgUnitId: string, @Ctx() ctx: Context) {
    return gradeSchemes.listSchemeVersions(ctx, orgUnitId);
  }

  @Query(() => [GradeSchemePresetInfoType], { description: '预设分级方案（碧桂园、恒大、XX物业、地产规程）' })
  @Can('read', 'GradeScheme')
  gradeSchemePresets(): GradeSchemePresetInfoType[] {
    return GRADE_SCHEME_PRESETS.map((code) => {
      const scheme = gradeSchemePreset(code);
      return {
        code,
        label: GRADE_SCHEME_PRESET_LABELS[code],
        name: scheme.name,
        source: scheme.source ?? null,
        defaultGradeCode: scheme.defaultGradeCode,
        gradedKinds: scheme.gradedKinds ? [...scheme.gradedKinds] : null,
        grades: gradesView(scheme.grades),
        scheme,
      };
    });
  }

  @Mutation(() => PublishGradeSchemePayload, {
    description: '为组织单元（及其下级）发布新版分级方案和时限；已受理的投诉保持原版本',
  })
  @Can('create', 'GradeScheme')
  async publishGradeScheme(@Arg('input', () => PublishGradeSchemeInput) input: PublishGradeSchemeInput, @Ctx() ctx: Context) {
    return { gradeScheme: await gradeSchemes.publishGradeScheme(ctx, input) };
  }

  @Query(() => GradeResultType, { description: '按该单元适用的分级方案预览评级，不写入任何数据' })
  @Can('read', 'GradeScheme')
  async previewGrade(@Arg('input', () => PreviewGradeInput) input: PreviewGradeInput, @Ctx() ctx: Context): Promise<GradeResultType> {
    const { result, version } = await gradeSchemes.previewGrade(ctx, input);
    return {
      grade: result.grade,
      isDefault: result.isDefault,
      explanation: explanationLines(result),
      firedRules: firedRulesView(result),
      policy: policyView(result.policy),
      schemeVersion: version.version,
      schemeId: toGlobalId('GradeSchemeVersion', version.id),
      scheme: version,
    };
  }

  @Query(() => GradeSchemeImpactType, {
    description:
      '“有何变化”：用分级方案草案重新评定该单元及其下级最近几个月受理、您有权查看的记录，统计等级会变化的数量；' +
      '草案按 publishGradeScheme 的规则校验，不写入任何数据。权限与 publishGradeScheme 相同',
  })
  @Can('create', 'GradeScheme')
  gradeSchemeImpact(@Arg('input', () => GradeSchemeImpactInput) input: GradeSchemeImpactInput, @Ctx() ctx: Context) {
    return gradeSchemeImpact(ctx, input);
  }

  @FieldResolver(() => ID)
  id(@Root() version: GradeSchemeVersion) {
    return toGlobalId('GradeSchemeVersion', version.id);
  }

  @FieldResolver(() => OrgUnit, { nullable: true, description: '方案所属的组织单元；不在权限范围内时为 null' })
  orgUnit(@Root() version: GradeSchemeVersion, @Ctx() ctx: Context) {
    return findReadableOrgUnit(ctx, version.orgUnit.id);
  }

  @FieldResolver(() => String, { description: '方案名称' })
  name(@Root() version: GradeSchemeVersion) {
    return version.scheme.name;
  }

  @FieldResolver(() => String, { nullable: true, description: '所依据的规章' })
  source(@Root() version: GradeSchemeVersion) {
    return version.scheme.source ?? null;
  }

  @FieldResolver(() => String, { description: '未命中任何规则时的等级编码' })
  defaultGradeCode(@Root() version: GradeSchemeVersion) {
    return version.scheme.defaultGradeCode;
  }

  @FieldResolver(() => [ComplaintKindEnum], { nullable: true, description: '参与分级的记录类型；为空表示全部' })
  gradedKinds(@Root() version: GradeSchemeVersion): ComplaintKind[] | null {
    return version.scheme.gradedKinds ? [...version.scheme.gradedKinds] : null;
  }

  @FieldResolver(() => [GradeDefinitionType])
  grades(@Root() version: GradeSchemeVersion) {
    return gradesView(version.scheme.grades);
  }

  @FieldResolver(() => TimeLimitsType)
  timeLimits(@Root() version: GradeSchemeVersion) {
    return timeLimitsView(version.timeLimits ?? DEFAULT_TIME_LIMITS);
  }

  @FieldResolver(() => User, { nullable: true, description: '发布人；不在权限范围内或系统预置时为 null' })
  async publishedBy(@Root() version: GradeSchemeVersion, @Ctx() ctx: Context) {
    if (!version.publishedBy) return null;
    const user = await ctx.loaders.userById.load(version.publishedBy.id);
    return user && ctx.ability.can('read', user) ? user : null;
  }
}
