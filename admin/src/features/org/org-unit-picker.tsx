import { useApolloClient, useQuery } from '@apollo/client/react';
import { Flex, TreeSelect, Typography } from 'antd';
import type { TreeSelectProps } from 'antd';
import { useCallback, useEffect, useMemo, useState, type CSSProperties, type ReactNode } from 'react';
import type { OrgLevel } from '../../graphql/generated/graphql';
import { useErrorMessage } from '../../graphql/graphql-errors';
import { useI18n } from '../../i18n/i18n-context';
import { useViewer } from '../auth/viewer-context';
import { OrgLevelTag } from './org-level-tag';
import { ORG_UNIT_BY_ID_QUERY, ORG_UNIT_SEARCH_QUERY } from './org-operations';
import { distinctRoleUnits, pruneNestedRoots, type OrgUnitSummary } from './org-tree-model';
import { enrichUnit, loadAllOrgUnits, toSummary } from './org-unit-loader';

export interface OrgUnitPickerProps {
  /** The chosen unit's global id (`OrgUnit.id`). Works as an antd `Form.Item` control. */
  value?: string | null;
  onChange?: (orgUnitId: string | undefined, unit: OrgUnitSummary | undefined) => void;
  /** Only units of these levels can be chosen (e.g. `['PROJECT']` for a complaint); the rest only expand. */
  selectableLevels?: readonly OrgLevel[];
  placeholder?: string;
  disabled?: boolean;
  allowClear?: boolean;
  style?: CSSProperties;
  id?: string;
  'data-testid'?: string;
}

interface PickerNode {
  id: string;
  pId?: string;
  value: string;
  title: ReactNode;
  /** Plain text for the search box. */
  name: string;
  isLeaf?: boolean;
  disabled?: boolean;
}

/** Debounce for the server-side search, so typing a name costs one request, not one per keystroke. */
const SEARCH_DELAY_MS = 250;
const SEARCH_PAGE_SIZE = 50;

/**
 * Picks an org unit from the signed-in person's scope: the roots are their role units (as on the org page),
 * children are loaded when a node is expanded. Typing searches the whole scope on the server (name or code), so a
 * project deep in the tree is found without opening its ancestors. A preset value that is not loaded yet is
 * named via `node(id:)`.
 */
export function OrgUnitPicker({
  value,
  onChange,
  selectableLevels,
  placeholder,
  disabled,
  allowClear = true,
  style,
  id,
  'data-testid': testId,
}: OrgUnitPickerProps) {
  const { t } = useI18n();
  const client = useApolloClient();
  const viewer = useViewer();
  const toMessage = useErrorMessage();

  const [units, setUnits] = useState<ReadonlyMap<string, OrgUnitSummary>>(() => new Map());
  /** Parent of each node as the tree shows it; roots have none. */
  const [parents, setParents] = useState<ReadonlyMap<string, string | undefined>>(() => new Map());
  const [leaves, setLeaves] = useState<ReadonlySet<string>>(() => new Set());
  const [loading, setLoading] = useState(true);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [searchInput, setSearchInput] = useState('');
  const [searchTerm, setSearchTerm] = useState('');

  useEffect(() => {
    const timer = setTimeout(() => setSearchTerm(searchInput.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [searchInput]);

  // One level to choose from narrows the search on the server (a role held only at projects finds projects).
  const searchLevel = selectableLevels?.length === 1 ? selectableLevels[0] : undefined;
  const { data: searchData, loading: searching } = useQuery(ORG_UNIT_SEARCH_QUERY, {
    variables: { first: SEARCH_PAGE_SIZE, filter: { search: searchTerm, level: searchLevel } },
    skip: searchTerm === '',
  });
  const found = useMemo(
    () =>
      searchTerm === ''
        ? []
        : (searchData?.orgUnits.edges.map((edge) => ({ unit: toSummary(edge.node), parentName: edge.node.parent?.name })) ??
          []),
    [searchData, searchTerm],
  );

  const remember = useCallback((list: readonly OrgUnitSummary[]) => {
    setUnits((previous) => {
      const next = new Map(previous);
      for (const unit of list) next.set(unit.id, unit);
      return next;
    });
  }, []);

  useEffect(() => {
    let cancelled = false;
    setLoading(true);
    setLoadError(null);
    (async () => {
      const roleUnits = distinctRoleUnits(viewer.roles);
      const roots =
        roleUnits.length > 0
          ? await Promise.all(roleUnits.map((unit) => enrichUnit(client, unit)))
          : await loadAllOrgUnits(client, { level: 'GROUP' });
      if (cancelled) return;
      const visibleRoots = pruneNestedRoots(roots, new Map(roots.map((unit) => [unit.id, unit])));
      remember(visibleRoots);
      setParents(new Map(visibleRoots.map((unit) => [unit.id, undefined])));
      setLoading(false);
    })().catch((error: unknown) => {
      if (cancelled) return;
      setLoadError(error);
      setLoading(false);
    });
    return () => {
      cancelled = true;
    };
  }, [client, viewer.roles, remember]);

  const loadData = useCallback<NonNullable<TreeSelectProps['loadData']>>(
    async (node) => {
      const parentId = String(node.value);
      try {
        const children = await loadAllOrgUnits(client, { parentId });
        remember(children);
        // A root that turns out to be a child (roles at a region and at one of its cities) moves under it.
        setParents((previous) => {
          const next = new Map(previous);
          for (const child of children) next.set(child.id, parentId);
          return next;
        });
        if (children.length === 0) setLeaves((previous) => new Set(previous).add(parentId));
      } catch (error) {
        setLoadError(error);
      }
    },
    [client, remember],
  );

  const treeData = useMemo<PickerNode[]>(
    () =>
      [...parents].flatMap(([unitId, parentId]) => {
        const unit = units.get(unitId);
        if (!unit) return [];
        return [
          {
            id: unit.id,
            pId: parentId,
            value: unit.id,
            name: `${unit.name} ${unit.code ?? ''}`,
            title: (
              <Flex component="span" gap={6} align="center">
                <span>{unit.name}</span>
                <OrgLevelTag level={unit.level} levelLabel={unit.levelLabel} />
              </Flex>
            ),
            isLeaf: leaves.has(unit.id) || undefined,
            disabled: selectableLevels ? !selectableLevels.includes(unit.level as OrgLevel) : undefined,
          },
        ];
      }),
    [parents, units, leaves, selectableLevels],
  );

  /** While searching, a flat list of matches with the parent's name, instead of the lazily loaded tree. */
  const searchTreeData = useMemo<PickerNode[]>(
    () =>
      found.map(({ unit, parentName }) => ({
        id: unit.id,
        value: unit.id,
        name: `${unit.name} ${unit.code ?? ''}`,
        title: (
          <Flex component="span" gap={6} align="center">
            <span>{unit.name}</span>
            <OrgLevelTag level={unit.level} levelLabel={unit.levelLabel} />
            {parentName && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('orgAdmin.picker.parent', { name: parentName })}
              </Typography.Text>
            )}
          </Flex>
        ),
        isLeaf: true,
        disabled: selectableLevels ? !selectableLevels.includes(unit.level as OrgLevel) : undefined,
      })),
    [found, selectableLevels, t],
  );
  const inSearch = searchInput.trim() !== '';

  // A value set from outside (an edit form) may not be loaded into the tree: ask the server for its name.
  const known = value ? (units.get(value) ?? found.find((f) => f.unit.id === value)?.unit) : undefined;
  const { data: valueData } = useQuery(ORG_UNIT_BY_ID_QUERY, {
    variables: { id: value ?? '' },
    skip: !value || Boolean(known),
  });
  const valueNode = valueData?.node?.__typename === 'OrgUnit' ? valueData.node : undefined;
  const valueLabel = known?.name ?? valueNode?.name ?? value ?? undefined;

  return (
    <TreeSelect<{ value: string; label: ReactNode } | undefined>
      id={id}
      data-testid={testId}
      labelInValue
      value={value ? { value, label: valueLabel } : undefined}
      onChange={(next) => {
        const nextId = next?.value;
        const unit = nextId
          ? (units.get(nextId) ??
            found.find((f) => f.unit.id === nextId)?.unit ??
            (valueNode ? toSummary(valueNode) : undefined))
          : undefined;
        if (unit && !units.has(unit.id)) remember([unit]);
        onChange?.(nextId, unit);
      }}
      treeDataSimpleMode={{ id: 'id', pId: 'pId' }}
      treeData={inSearch ? searchTreeData : treeData}
      loadData={inSearch ? undefined : loadData}
      loading={loading || (inSearch && searching)}
      status={loadError ? 'error' : undefined}
      notFoundContent={
        loadError
          ? toMessage(loadError)
          : inSearch
            ? searching || searchTerm !== searchInput.trim()
              ? t('common.loading')
              : t('orgAdmin.picker.noMatch')
            : t('orgPicker.empty')
      }
      placeholder={placeholder ?? t('orgPicker.placeholder')}
      disabled={disabled}
      allowClear={allowClear}
      showSearch={{
        searchValue: searchInput,
        onSearch: setSearchInput,
        // The server already matched name or code; filtering again in the browser would only hide matches.
        filterTreeNode: false,
        treeNodeFilterProp: 'name',
      }}
      style={{ minWidth: 240, ...style }}
    />
  );
}
