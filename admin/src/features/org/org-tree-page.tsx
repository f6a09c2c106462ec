import { ApartmentOutlined } from '@ant-design/icons';
import { useApolloClient } from '@apollo/client/react';
import { Alert, App as AntdApp, Button, Card, Col, Empty, Flex, Input, Row, Spin, Tree } from 'antd';
import type { TreeProps } from 'antd';
import { useCallback, useEffect, useMemo, useState, type Key, type ReactNode } from 'react';
import { PageHeader } from '../../components/page-header';
import { useErrorMessage } from '../../graphql/graphql-errors';
import { useViewer } from '../auth/viewer-context';
import { useI18n } from '../../i18n/i18n-context';
import { OrgLevelTag } from './org-level-tag';
import { OrgSearchResults } from './org-search-results';
import { OrgUnitDetails } from './org-unit-details';
import { enrichUnit, loadAllOrgUnits } from './org-unit-loader';
import {
  attachChildren,
  distinctRoleUnits,
  findNode,
  loadedKeys,
  pathTo,
  pruneNestedRoots,
  rootNodes,
  type OrgTreeNode,
  type OrgUnitSummary,
} from './org-tree-model';

type RootsState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready' };

export function OrgTreePage() {
  const { t } = useI18n();
  const { message } = AntdApp.useApp();
  const client = useApolloClient();
  const viewer = useViewer();
  const errorMessage = useErrorMessage();

  const [unitsById, setUnitsById] = useState<ReadonlyMap<string, OrgUnitSummary>>(() => new Map());
  const [tree, setTree] = useState<OrgTreeNode[]>([]);
  const [rootsState, setRootsState] = useState<RootsState>({ status: 'loading' });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [searchInput, setSearchInput] = useState('');
  const [searchTerm, setSearchTerm] = useState('');
  const [reloadCount, setReloadCount] = useState(0);
  const [expandedKeys, setExpandedKeys] = useState<string[]>([]);
  /** Bumped after a change so open search results are asked again (they are a server-side search). */
  const [searchVersion, setSearchVersion] = useState(0);

  const rememberUnits = useCallback((units: readonly OrgUnitSummary[]) => {
    setUnitsById((previous) => {
      const next = new Map(previous);
      for (const unit of units) {
        // A thin unit from `me` (no code yet) must not overwrite one that was fully loaded.
        if (unit.code === null && next.has(unit.id)) continue;
        next.set(unit.id, unit);
      }
      return next;
    });
  }, []);

  // The roots are the viewer's own assignment units: that is exactly the scope the server lets them see.
  useEffect(() => {
    let cancelled = false;
    setRootsState({ status: 'loading' });
    (async () => {
      const roleUnits = distinctRoleUnits(viewer.roles);
      const roots =
        roleUnits.length > 0
          ? await Promise.all(roleUnits.map((unit) => enrichUnit(client, unit)))
          : // A global role without an org unit: start from the groups the server lets us see.
            await loadAllOrgUnits(client, { level: 'GROUP' });
      if (cancelled) return;
      const known = new Map(roots.map((unit) => [unit.id, unit]));
      const visibleRoots = pruneNestedRoots(roots, known);
      rememberUnits(roots);
      setTree(rootNodes(visibleRoots));
      // Open the first level: an admin almost always starts below their own unit. Expanding loads it.
      setExpandedKeys(visibleRoots.map((unit) => unit.id));
      setRootsState({ status: 'ready' });
    })().catch((error: unknown) => {
      if (!cancelled) setRootsState({ status: 'error', message: errorMessage(error) });
    });
    return () => {
      cancelled = true;
    };
  }, [client, viewer.roles, rememberUnits, reloadCount]);

  /** (Re)loads the children of a node; also used after a change, when the tree would not ask by itself. */
  const loadChildren = useCallback(
    async (parentKey: string) => {
      try {
        const children = await loadAllOrgUnits(client, { parentId: parentKey });
        rememberUnits(children);
        setTree((current) =>
          attachChildren(
            current,
            parentKey,
            children.map((child) => child.id),
          ),
        );
      } catch (error) {
        message.error(t('org.loadFailed', { message: errorMessage(error) }));
      }
    },
    [client, errorMessage, message, rememberUnits, t],
  );

  const loadData = useCallback<NonNullable<TreeProps['loadData']>>(
    (node) => loadChildren(String(node.key)),
    [loadChildren],
  );

  /** Reloads a node's children if the tree shows it and has loaded them; an unloaded node loads when opened. */
  const reloadIfLoaded = useCallback(
    async (key: string | null | undefined) => {
      if (!key) return;
      const node = findNode(tree, key);
      if (node?.children) await loadChildren(key);
    },
    [tree, loadChildren],
  );

  const expandTo = useCallback(
    (key: string) => {
      const path = pathTo(tree, key);
      if (path.length > 0) setExpandedKeys((current) => [...new Set([...current, ...path])]);
    },
    [tree],
  );

  const onCreated = useCallback(
    async (unit: OrgUnitSummary) => {
      rememberUnits([unit]);
      if (unit.parentId) {
        await loadChildren(unit.parentId);
        expandTo(unit.parentId);
      }
      setSelectedId(unit.id);
      setSearchVersion((n) => n + 1);
    },
    [rememberUnits, loadChildren, expandTo],
  );

  const onUpdated = useCallback(
    (unit: OrgUnitSummary) => {
      rememberUnits([unit]);
      setSearchVersion((n) => n + 1);
    },
    [rememberUnits],
  );

  const onMoved = useCallback(
    async (unit: OrgUnitSummary, oldParentId: string | null) => {
      rememberUnits([unit]);
      await reloadIfLoaded(oldParentId);
      await reloadIfLoaded(unit.parentId);
      // Show the unit in its new place when that place is in the tree.
      if (unit.parentId) expandTo(unit.parentId);
      setSearchVersion((n) => n + 1);
    },
    [rememberUnits, reloadIfLoaded, expandTo],
  );

  const onDeleted = useCallback(
    async (unit: OrgUnitSummary) => {
      await reloadIfLoaded(unit.parentId);
      setSelectedId(unit.parentId && unitsById.has(unit.parentId) ? unit.parentId : null);
      setSearchVersion((n) => n + 1);
    },
    [reloadIfLoaded, unitsById],
  );

  const titleRender = useCallback(
    (node: { key: Key }) => {
      const unit = unitsById.get(String(node.key));
      if (!unit) return String(node.key);
      return (
        <Flex component="span" gap={8} align="center" className="org-tree-node" data-org-id={unit.id}>
          <span className="org-tree-node-name">{unit.name}</span>
          <OrgLevelTag level={unit.level} levelLabel={unit.levelLabel} />
        </Flex>
      );
    },
    [unitsById],
  );

  const selectUnit = useCallback(
    (unit: OrgUnitSummary) => {
      rememberUnits([unit]);
      setSelectedId(unit.id);
    },
    [rememberUnits],
  );

  const clearSearch = useCallback(() => {
    setSearchInput('');
    setSearchTerm('');
  }, []);

  const selectedUnit = selectedId ? unitsById.get(selectedId) : undefined;
  const treeLoadedKeys = useMemo(() => loadedKeys(tree), [tree]);

  let treeContent: ReactNode;
  if (rootsState.status === 'loading') {
    treeContent = (
      <Flex justify="center" style={{ padding: 48 }}>
        <Spin description={t('common.loading')}>
          <div style={{ width: 120, height: 40 }} />
        </Spin>
      </Flex>
    );
  } else if (rootsState.status === 'error') {
    treeContent = (
      <Alert
        type="error"
        showIcon
        title={t('org.loadFailed', { message: rootsState.message })}
        action={
          <Button size="small" onClick={() => setReloadCount((n) => n + 1)}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  } else if (tree.length === 0) {
    treeContent = <Empty description={t('org.empty')} />;
  } else {
    treeContent = (
      <Tree
        blockNode
        showLine
        treeData={tree}
        loadData={loadData}
        // Controlled, so a reload after a change is ours and a new unit's parent can be opened for the user.
        loadedKeys={treeLoadedKeys}
        expandedKeys={expandedKeys}
        onExpand={(keys) => setExpandedKeys(keys.map(String))}
        titleRender={titleRender}
        selectedKeys={selectedId ? [selectedId] : []}
        onSelect={(keys) => {
          const key = keys[0];
          if (key !== undefined) setSelectedId(String(key));
        }}
        data-testid="org-tree"
      />
    );
  }

  return (
    <Flex vertical gap={16}>
      <PageHeader icon={<ApartmentOutlined />} title={t('org.title')} subtitle={t('orgAdmin.subtitle')} />
      <Row gutter={16} align="top">
        <Col xs={24} lg={11}>
          <Card title={t('org.tree')}>
            <Input.Search
              allowClear
              placeholder={t('org.search.placeholder')}
              value={searchInput}
              onChange={(event) => {
                setSearchInput(event.target.value);
                if (event.target.value === '') setSearchTerm('');
              }}
              onSearch={(value) => setSearchTerm(value.trim())}
              style={{ marginBottom: 12 }}
              data-testid="org-search"
            />
            <div style={{ maxHeight: 'calc(100vh - 330px)', minHeight: 200, overflow: 'auto' }}>
              {searchTerm && (
                <OrgSearchResults
                  key={searchVersion}
                  term={searchTerm}
                  selectedId={selectedId}
                  onSelect={selectUnit}
                  onLoaded={rememberUnits}
                  onClear={clearSearch}
                />
              )}
              {/* Hidden rather than unmounted during a search, so expanded branches survive it. */}
              <div hidden={Boolean(searchTerm)}>{treeContent}</div>
            </div>
          </Card>
        </Col>
        <Col xs={24} lg={13}>
          <OrgUnitDetails
            unit={selectedUnit}
            onCreated={onCreated}
            onUpdated={onUpdated}
            onMoved={onMoved}
            onDeleted={onDeleted}
          />
        </Col>
      </Row>
    </Flex>
  );
}
