import { DownOutlined, SaveOutlined } from '@ant-design/icons';
import { App as AntdApp, Button, Dropdown, Form, Input, Modal, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import type { ListFilter } from './complaint-list';
import {
  SAVED_FILTER_NAME_MAX,
  deleteFilter,
  fromStoredFilter,
  readSavedFilters,
  renameFilter,
  saveFilter,
  type SavedFilter,
} from './saved-filters';

interface SavedFiltersBarProps {
  /** The signed-in user's id: each person has their own saved filters in this browser. */
  userId: string;
  /** The filter bar's current state, saved by 保存筛选. */
  filter: ListFilter;
  /** Whether anything is filtered at all (an empty filter is not worth saving). */
  canSave: boolean;
  onApply: (filter: ListFilter) => void;
}

type Editing = { mode: 'save' } | { mode: 'rename'; entry: SavedFilter };

/**
 * The user's saved filters beside the quick filters: one button each (applies it), a small menu to rename or
 * delete it, and 保存筛选 to save the current filter bar under a name (see saved-filters.ts for the storage).
 */
export function SavedFiltersBar({ userId, filter, canSave, onApply }: SavedFiltersBarProps) {
  const { t } = useI18n();
  const { message, modal } = AntdApp.useApp();
  const [saved, setSaved] = useState<SavedFilter[]>(() => readSavedFilters(userId));
  // What the name dialog edits; kept while it closes, so the dialog can animate out and give the focus back to the
  // button that opened it.
  const [editing, setEditing] = useState<Editing>({ mode: 'save' });
  const [dialogOpen, setDialogOpen] = useState(false);
  const openDialog = (next: Editing) => {
    setEditing(next);
    setDialogOpen(true);
  };
  useEffect(() => setSaved(readSavedFilters(userId)), [userId]);

  const confirmDelete = (entry: SavedFilter) => {
    modal.confirm({
      title: t('complaints.saved.deleteConfirm', { name: entry.name }),
      okText: t('complaints.saved.deleteOk'),
      okButtonProps: { danger: true },
      cancelText: t('complaints.saved.cancel'),
      onOk: () => {
        const next = deleteFilter(userId, entry.id);
        if (!next) {
          void message.error(t('complaints.saved.storageFailed'));
          return;
        }
        setSaved(next);
        void message.success(t('complaints.saved.deleted', { name: entry.name }));
      },
    });
  };

  const submitName = (name: string) => {
    const rename = editing.mode === 'rename';
    const next = editing.mode === 'rename' ? renameFilter(userId, editing.entry.id, name) : saveFilter(userId, name, filter);
    setDialogOpen(false);
    if (!next) {
      // Not stored (storage blocked or full): say so rather than show a filter that is gone on reload.
      void message.error(t('complaints.saved.storageFailed'));
      return;
    }
    setSaved(next);
    void message.success(t(rename ? 'complaints.saved.renamed' : 'complaints.saved.saved', { name: name.trim() }));
  };

  return (
    <>
      {saved.length > 0 && (
        <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
          {t('complaints.saved.group')}
        </Typography.Text>
      )}
      {saved.map((entry) => (
        <Space.Compact key={entry.id} size="small" data-testid="saved-filter">
          <Button size="small" onClick={() => onApply(fromStoredFilter(entry.filter))}>
            {entry.name}
          </Button>
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                { key: 'rename', label: t('complaints.saved.rename') },
                { key: 'delete', label: t('complaints.saved.delete'), danger: true },
              ],
              onClick: ({ key }) => (key === 'rename' ? openDialog({ mode: 'rename', entry }) : confirmDelete(entry)),
            }}
          >
            <Button size="small" icon={<DownOutlined />} aria-label={t('complaints.saved.manage', { name: entry.name })} />
          </Dropdown>
        </Space.Compact>
      ))}
      <Button size="small" type="dashed" icon={<SaveOutlined />} disabled={!canSave} onClick={() => openDialog({ mode: 'save' })}>
        {t('complaints.saved.save')}
      </Button>
      <NameDialog
        open={dialogOpen}
        title={t(editing.mode === 'rename' ? 'complaints.saved.renameTitle' : 'complaints.saved.saveTitle')}
        initialName={editing.mode === 'rename' ? editing.entry.name : ''}
        hint={editing.mode === 'save' && saved.length > 0 ? t('complaints.saved.sameNameHint') : undefined}
        onCancel={() => setDialogOpen(false)}
        onSubmit={submitName}
      />
    </>
  );
}

interface NameDialogProps {
  open: boolean;
  title: string;
  initialName: string;
  hint?: string;
  onCancel: () => void;
  onSubmit: (name: string) => void;
}

/**
 * Asks for a name: focused on open, Enter saves, Esc cancels; the focus then returns to the button that opened it.
 * Its content is destroyed when hidden, so each opening starts from `initialName`.
 */
function NameDialog({ open, title, initialName, hint, onCancel, onSubmit }: NameDialogProps) {
  const { t } = useI18n();
  const [form] = Form.useForm<{ name: string }>();
  return (
    <Modal
      open={open}
      title={title}
      okText={t('complaints.saved.ok')}
      cancelText={t('complaints.saved.cancel')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
      width={420}
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={{ name: initialName }} onFinish={({ name }) => onSubmit(name)}>
        <Form.Item
          name="name"
          label={t('complaints.saved.name')}
          extra={hint}
          rules={[
            { required: true, whitespace: true, message: t('complaints.saved.nameRequired') },
            { max: SAVED_FILTER_NAME_MAX, message: t('complaints.saved.nameTooLong', { max: SAVED_FILTER_NAME_MAX }) },
          ]}
        >
          <Input
            autoFocus
            maxLength={SAVED_FILTER_NAME_MAX}
            onPressEnter={(event) => {
              // Submitted here once; without preventDefault the browser's implicit form submission would be a second.
              event.preventDefault();
              form.submit();
            }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
