import { CopyOutlined } from '@ant-design/icons';
import { Alert, App as AntdApp, Button, Input, Modal, Space } from 'antd';
import { useI18n } from '../../i18n/i18n-context';

/** The one moment the full key exists outside the partner's hands: shown once, with a copy button. */
export function ApiKeyDialog({ issued, onClose }: { issued: { name: string; key: string } | null; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = AntdApp.useApp();
  const copy = async () => {
    if (!issued) return;
    await navigator.clipboard.writeText(issued.key);
    message.success(t('partners.key.copied'));
  };
  return (
    <Modal
      open={issued !== null}
      title={t('partners.key.title')}
      onCancel={onClose}
      maskClosable={false}
      footer={<Button type="primary" onClick={onClose}>{t('partners.key.done')}</Button>}
      width={620}
    >
      {issued ? (
        <Space direction="vertical" style={{ width: '100%' }} size={12}>
          <Alert type="warning" showIcon message={t('partners.key.once', { name: issued.name })} />
          <Space.Compact style={{ width: '100%' }}>
            <Input readOnly value={issued.key} data-testid="partners-issued-key" style={{ fontFamily: 'monospace' }} onFocus={(e) => e.target.select()} />
            <Button icon={<CopyOutlined />} onClick={copy}>{t('partners.key.copy')}</Button>
          </Space.Compact>
        </Space>
      ) : null}
    </Modal>
  );
}
