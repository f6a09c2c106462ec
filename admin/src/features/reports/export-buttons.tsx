import { DownloadOutlined, FileExcelOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n-context';
import { ExportError, fetchExport, saveBlob, type DownloadProgress, type ExportKind } from './report-download';

/** "导出 Excel" (the XX monthly forms) and the CSV register, for the unit and month on screen. */
export function ExportButtons({ orgUnitId, month }: { orgUnitId: string | undefined; month: string }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [running, setRunning] = useState<ExportKind | null>(null);
  const messageKey = useRef(0);

  const progressText = (kind: ExportKind, p: DownloadProgress | null) => {
    const name = t(kind === 'xlsx' ? 'reports.export.xlsxName' : 'reports.export.csvName');
    if (!p) return t('reports.export.preparing', { name });
    if (p.total) return t('reports.export.progress', { name, percent: Math.min(100, Math.round((p.loaded / p.total) * 100)) });
    return t('reports.export.received', { name, size: (p.loaded / 1024).toFixed(0) });
  };

  const run = async (kind: ExportKind) => {
    if (!orgUnitId || running) return;
    const key = `report-export-${++messageKey.current}`;
    setRunning(kind);
    void message.open({ key, type: 'loading', content: progressText(kind, null), duration: 0 });
    try {
      const { blob, fileName } = await fetchExport(kind, orgUnitId, month, (p) =>
        message.open({ key, type: 'loading', content: progressText(kind, p), duration: 0 }),
      );
      saveBlob(blob, fileName);
      void message.open({ key, type: 'success', content: t('reports.export.done', { file: fileName }), duration: 3 });
    } catch (error) {
      const text =
        error instanceof ExportError && error.message
          ? error.message
          : error instanceof ExportError && error.code === null
            ? t('reports.export.network')
            : t('reports.export.failed');
      void message.open({ key, type: 'error', content: text, duration: 5 });
    } finally {
      setRunning(null);
    }
  };

  return (
    <Space>
      <Button
        type="primary"
        icon={<FileExcelOutlined />}
        loading={running === 'xlsx'}
        disabled={!orgUnitId || (running !== null && running !== 'xlsx')}
        onClick={() => void run('xlsx')}
      >
        {t('reports.export.xlsx')}
      </Button>
      <Button
        icon={<DownloadOutlined />}
        loading={running === 'csv'}
        disabled={!orgUnitId || (running !== null && running !== 'csv')}
        onClick={() => void run('csv')}
      >
        {t('reports.export.csv')}
      </Button>
    </Space>
  );
}
