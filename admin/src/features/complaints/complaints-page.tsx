import { AlertOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useState } from 'react';
import { Route, Routes, useNavigate } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { useI18n } from '../../i18n/i18n-context';
import { Can } from '../auth/ability';
import { ComplaintDetailPage } from './complaint-detail-page';
import { ComplaintIntakePage } from './complaint-intake-page';
import { ComplaintList, type ListFilter } from './complaint-list';

/** The complaint workbench: list at /complaints, intake at /complaints/new, detail at /complaints/:id. */
export function ComplaintsPage() {
  return (
    <Routes>
      <Route index element={<ComplaintListPage />} />
      <Route path="new" element={<ComplaintIntakePage />} />
      <Route path=":id" element={<ComplaintDetailPage />} />
    </Routes>
  );
}

/**
 * The list keeps its filter here for the session, so coming back from a detail page shows the same rows. (A
 * module-level value: one per browser tab, reset on reload.)
 */
let rememberedFilter: ListFilter = {};

function ComplaintListPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [filter, setFilter] = useState<ListFilter>(rememberedFilter);
  const changeFilter = (next: ListFilter) => {
    rememberedFilter = next;
    setFilter(next);
  };
  return (
    <Flex vertical gap={16}>
      <PageHeader
        title={t('complaints.title')}
        subtitle={t('complaints.subtitle')}
        icon={<AlertOutlined />}
        actions={
          <Can I="create" a="Complaint">
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/complaints/new')}>
              {t('complaints.new.button')}
            </Button>
          </Can>
        }
      />
      <ComplaintList filter={filter} onFilterChange={changeFilter} />
    </Flex>
  );
}
