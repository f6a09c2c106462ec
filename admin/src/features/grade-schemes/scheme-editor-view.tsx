import { ArrowLeftOutlined, CloudUploadOutlined, DownOutlined, ExperimentOutlined, RollbackOutlined } from '@ant-design/icons';
import { useLazyQuery, useQuery } from '@apollo/client/react';
import type { GradeSchemeProblem } from '@kesu/domain';
import { App as AntdApp, Button, Card, Drawer, Dropdown, Flex, Form, Popconfirm, Result, Select, Skeleton, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useBlocker, useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { errorCode, graphQLErrorsOf } from '../../graphql/graphql-errors';
import { useI18n } from '../../i18n/i18n-context';
import { useAbility } from '../auth/ability';
import { currentVersion } from './current-version';
import {
  GRADE_SCHEME_IMPACT_QUERY,
  GRADE_SCHEME_PRESETS_QUERY,
  GRADE_SCHEMES_QUERY,
  SCHEME_CATEGORIES_QUERY,
  type GradeSchemePresetInfo,
  type GradeSchemeVersion,
} from './grade-schemes-operations';
import { ImpactPanel } from './impact-panel';
import { PublishDialog } from './publish-dialog';
import { draftFromPreset, draftFromVersion, draftInput, serverSchemeProblems, versionToScheme, type DraftValues } from './scheme-draft';
import { SchemeWorkbench, useSchemeDraft } from './scheme-workbench';
import { UNIT_PARAM } from './use-selected-unit';

interface Start {
  /** Remounts the editor when the starting point is replaced. */
  key: number;
  values: DraftValues;
  /** What the draft started from, for the toolbar. */
  label: string;
}

const IMPACT_MONTHS = [1, 3, 6, 12] as const;

/** Where a draft starts: `current`, `version:<id>` or a preset code. */
function startFor(
  base: string,
  versions: readonly GradeSchemeVersion[],
  current: GradeSchemeVersion | null,
  presets: readonly GradeSchemePresetInfo[],
  t: ReturnType<typeof useI18n>['t'],
): Omit<Start, 'key'> | null {
  if (base.startsWith('version:')) {
    const version = versions.find((v) => v.id === base.slice('version:'.length));
    return version ? { values: draftFromVersion(version), label: t('grade-schemes.editor.fromVersion', { version: version.version, name: version.name }) } : null;
  }
  const preset = presets.find((p) => p.code === base);
  if (preset) return { values: draftFromPreset(preset), label: t('grade-schemes.editor.fromPreset', { label: preset.label }) };
  if (current) return { values: draftFromVersion(current), label: t('grade-schemes.editor.fromCurrent', { version: current.version, name: current.name }) };
  const [first] = presets;
  return first ? { values: draftFromPreset(first), label: t('grade-schemes.editor.fromPreset', { label: first.label }) } : null;
}

/** A new version for the unit: the editor with its live preview, "what changes", and publishing. */
export function SchemeEditorView() {
  const { t } = useI18n();
  const { modal } = AntdApp.useApp();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const unitId = params.get(UNIT_PARAM) ?? '';
  const base = params.get('base') ?? 'current';
  const canPublish = useAbility().can('create', 'GradeScheme');

  const schemes = useQuery(GRADE_SCHEMES_QUERY, { variables: { orgUnitId: unitId }, skip: !unitId });
  const presets = useQuery(GRADE_SCHEME_PRESETS_QUERY);
  const categoriesQuery = useQuery(SCHEME_CATEGORIES_QUERY);
  const loadError = schemes.error ?? presets.error ?? categoriesQuery.error;

  const unit = schemes.data?.node?.__typename === 'OrgUnit' ? schemes.data.node : null;
  const versions = useMemo(() => schemes.data?.gradeSchemes ?? [], [schemes.data]);
  const current = useMemo(
    () => currentVersion(versions, unit ? [...unit.ancestors.map((a) => a.id), unit.id] : [unitId]),
    [versions, unit, unitId],
  );
  const presetList = useMemo(() => presets.data?.gradeSchemePresets ?? [], [presets.data]);
  const categories = categoriesQuery.data?.categories ?? null;

  const [start, setStart] = useState<Start | null>(null);
  useEffect(() => {
    if (start || !schemes.data || !presets.data) return;
    const initial = startFor(base, versions, current, presetList, t);
    if (initial) setStart({ key: 1, ...initial });
  }, [start, schemes.data, presets.data, base, versions, current, presetList, t]);

  const [form] = Form.useForm<DraftValues>();
  // The server's problems belong to the draft they were found in; any edit makes them stale.
  const [serverProblems, setServerProblems] = useState<{ forDraft: string; problems: GradeSchemeProblem[] } | null>(null);
  const watched = Form.useWatch([], { form, preserve: true }) as DraftValues | undefined;
  const draftJson = useMemo(() => (watched?.grades ? JSON.stringify(draftInput(watched)) : ''), [watched]);
  const activeServerProblems = useMemo(
    () => (serverProblems && serverProblems.forDraft === draftJson ? serverProblems.problems : undefined),
    [serverProblems, draftJson],
  );
  const state = useSchemeDraft(form, categories, activeServerProblems);

  // "What changes" (server side, with the draft), in a drawer beside the editor.
  const [impactOpen, setImpactOpen] = useState(false);
  const [months, setMonths] = useState<number>(3);
  const [impactDraft, setImpactDraft] = useState<string | null>(null);
  const [runImpact, impact] = useLazyQuery(GRADE_SCHEME_IMPACT_QUERY, { fetchPolicy: 'network-only' });
  const evaluate = (forMonths = months) => {
    if (!state.draft || !state.valid) return;
    setImpactOpen(true);
    setImpactDraft(draftJson);
    void runImpact({ variables: { input: { orgUnitId: unitId, months: forMonths, ...draftInput(state.draft) } } }).catch((e: unknown) => {
      if (errorCode(e) !== 'BAD_USER_INPUT') return;
      const first = graphQLErrorsOf(e)[0];
      const problems = serverSchemeProblems(first?.extensions as Record<string, unknown> | undefined, first?.message ?? '');
      if (problems.length) setServerProblems({ forDraft: draftJson, problems });
    });
  };
  const impactResult = impact.data?.gradeSchemeImpact;
  const impactStale = Boolean(impactResult) && impactDraft !== draftJson;

  const [publishOpen, setPublishOpen] = useState(false);
  const currentScheme = useMemo(() => (current ? versionToScheme(current) : null), [current]);

  // Edited since it started (compared as the server would receive it, so focusing a field is no change).
  const dirty = start !== null && draftJson !== '' && draftJson !== JSON.stringify(draftInput(start.values));
  const replaceDraft = (next: Omit<Start, 'key'>) => {
    const apply = () => {
      setStart((previous) => ({ key: (previous?.key ?? 0) + 1, ...next }));
      setServerProblems(null);
    };
    if (!dirty) return apply();
    modal.confirm({
      title: t('grade-schemes.editor.replaceTitle'),
      content: t('grade-schemes.editor.replaceContent'),
      okText: t('grade-schemes.editor.replaceOk'),
      cancelText: t('grade-schemes.common.cancel'),
      onOk: apply,
    });
  };

  // Leaving the page with unpublished edits (the menu, the back button) asks first; publishing or discarding does not.
  const leaving = useRef(false);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => dirty && !leaving.current && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modal.confirm({
      title: t('grade-schemes.editor.discardConfirm'),
      okText: t('grade-schemes.editor.discard'),
      cancelText: t('grade-schemes.common.cancel'),
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
  }, [blocker, modal, t]);

  const backToList = () => {
    leaving.current = true;
    void navigate(`/grade-schemes?${new URLSearchParams({ [UNIT_PARAM]: unitId }).toString()}`);
  };
  const unitName = unit?.name ?? '';

  if (!canPublish) {
    return <Result status="403" title={t('grade-schemes.editor.forbidden')} extra={<Button onClick={backToList}>{t('grade-schemes.editor.back')}</Button>} />;
  }

  const header = (
    <PageHeader
      title={t('grade-schemes.editor.title')}
      subtitle={unitName ? t('grade-schemes.editor.subtitle', { unit: unitName }) : undefined}
      icon={
        <Button type="text" icon={<ArrowLeftOutlined />} onClick={backToList} aria-label={t('grade-schemes.editor.back')} />
      }
    />
  );

  if (loadError) {
    return (
      <Flex vertical gap={16}>
        {header}
        <ErrorAlert
          error={loadError}
          title={t('grade-schemes.loadFailed')}
          onRetry={() => {
            void schemes.refetch();
            void presets.refetch();
            void categoriesQuery.refetch();
          }}
        />
      </Flex>
    );
  }
  if (!start || !categories) {
    return (
      <Flex vertical gap={16}>
        {header}
        <Card>
          <Skeleton active paragraph={{ rows: 10 }} />
        </Card>
      </Flex>
    );
  }

  const presetMenu = {
    items: presetList.map((p) => ({ key: p.code, label: p.label })),
    onClick: ({ key }: { key: string }) => {
      const preset = presetList.find((p) => p.code === key);
      if (preset) replaceDraft({ values: draftFromPreset(preset), label: t('grade-schemes.editor.fromPreset', { label: preset.label }) });
    },
  };
  const invalidHint = state.valid ? undefined : t('grade-schemes.editor.fixFirst', { count: state.problems.length });

  return (
    <Flex vertical gap={12}>
      {header}
      <Card size="small" styles={{ body: { padding: '8px 12px' } }}>
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Flex gap={8} align="center" wrap style={{ minWidth: 0 }}>
            <Typography.Text type="secondary">{t('grade-schemes.editor.startedFrom')}</Typography.Text>
            <Tag color="blue" style={{ whiteSpace: 'normal' }}>
              {start.label}
            </Tag>
          </Flex>
          <Flex gap={8} wrap>
            <Dropdown menu={presetMenu}>
              <Button icon={<DownOutlined />} iconPlacement="end">
                {t('grade-schemes.editor.loadPreset')}
              </Button>
            </Dropdown>
            {current && (
              <Button
                icon={<RollbackOutlined />}
                onClick={() =>
                  replaceDraft({ values: draftFromVersion(current), label: t('grade-schemes.editor.fromCurrent', { version: current.version, name: current.name }) })
                }
              >
                {t('grade-schemes.editor.resetToCurrent')}
              </Button>
            )}
            <Tooltip title={invalidHint}>
              <Button icon={<ExperimentOutlined />} onClick={() => evaluate()} disabled={!state.valid} loading={impact.loading}>
                {t('grade-schemes.impact.run')}
              </Button>
            </Tooltip>
            <Tooltip title={invalidHint}>
              <Button type="primary" icon={<CloudUploadOutlined />} onClick={() => setPublishOpen(true)} disabled={!state.valid}>
                {t('grade-schemes.publish.button')}
              </Button>
            </Tooltip>
            <Popconfirm
              title={t('grade-schemes.editor.discardConfirm')}
              okText={t('grade-schemes.editor.discard')}
              cancelText={t('grade-schemes.common.cancel')}
              onConfirm={backToList}
              disabled={!dirty}
            >
              <Button onClick={() => (dirty ? undefined : backToList())}>{t('grade-schemes.editor.discardButton')}</Button>
            </Popconfirm>
          </Flex>
        </Flex>
      </Card>

      <SchemeWorkbench key={start.key} form={form} state={state} initialValues={start.values} categories={categories} orgUnitId={unitId} />

      <Drawer
        open={impactOpen}
        onClose={() => setImpactOpen(false)}
        size={760}
        title={t('grade-schemes.impact.title')}
        mask={false}
        extra={
          <Flex gap={8} align="center">
            <Typography.Text>{t('grade-schemes.impact.months')}</Typography.Text>
            <Select
              aria-label={t('grade-schemes.impact.months')}
              value={months}
              onChange={(value) => {
                setMonths(value);
                evaluate(value);
              }}
              options={IMPACT_MONTHS.map((m) => ({ value: m, label: t('grade-schemes.impact.monthsValue', { count: m }) }))}
              style={{ width: 120 }}
            />
          </Flex>
        }
      >
        <Typography.Paragraph type="secondary">{t('grade-schemes.impact.explain', { unit: unitName, months })}</Typography.Paragraph>
        <ImpactPanel
          result={impactResult}
          loading={impact.loading}
          error={impact.error}
          stale={impactStale}
          onRun={() => evaluate()}
          disabled={!state.valid}
        />
      </Drawer>

      {state.draft && state.scheme && (
        <PublishDialog
          open={publishOpen}
          onClose={() => setPublishOpen(false)}
          orgUnitId={unitId}
          orgUnitName={unitName}
          draft={state.draft}
          scheme={state.scheme}
          currentScheme={currentScheme}
          impactSummary={
            impactResult && !impactStale
              ? t('grade-schemes.publish.impactSummary', { months, count: impactResult.complaintCount, changed: impactResult.changedCount })
              : undefined
          }
          onPublished={() => {
            setPublishOpen(false);
            backToList();
          }}
          onSchemeProblems={(problems) => setServerProblems({ forDraft: draftJson, problems })}
        />
      )}
    </Flex>
  );
}
