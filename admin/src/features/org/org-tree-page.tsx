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
      setRootsState({ status: 'ready' });
    })().catch((error: unknown) => {
      if (!cancelled) setRootsState({ status: 'error', message: errorMessage(error) });
    });
    return () => {
      cancelled = true;
    };
  }, [client, viewer.roles, rememberUnits, reloadCount]);

  const loadData = useCallback<NonNullable<TreeProps['loadData']>>(
    async (node) => {
      const parentKey = String(node.key);
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
  const selectedNode = useMemo(() => (selectedId ? findNode(tree, selectedId) : undefined), [tree, selectedId]);
  const parent = selectedUnit?.parentId ? unitsById.get(selectedUnit.parentId) : undefined;

  let treeContent: ReactNode;
  if (rootsState.status === 'loading') {
    treeContent = (
      <Flex justify="center" style={{ padding: 48 }}>
        <Spin tip={t('common.loading')}>
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
      <PageHeader icon={<ApartmentOutlined />} title={t('org.title')} subtitle={t('org.subtitle')} />
      <Row gutter={16} align="top">
        <Col xs={24} lg={14}>
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
        <Col xs={24} lg={10}>
          <OrgUnitDetails
            unit={selectedUnit}
            parent={parent}
            childCount={selectedNode?.children ? selectedNode.children.length : undefined}
          />
        </Col>
      </Row>
    </Flex>
  );
}
