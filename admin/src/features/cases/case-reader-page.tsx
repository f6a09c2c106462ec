import { ArrowLeftOutlined, EditOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Collapse, Flex, Result, Skeleton, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { errorCode } from '../../graphql/graphql-errors';
import { useI18n } from '../../i18n/i18n-context';
import { CASE_SECTIONS, STATUS_COLORS, sectionKey, statusKey } from './case-labels';
import { useCasePermissions } from './case-permissions';
import { CaseWorkflowActions } from './case-workflow-actions';
import { CASE_DETAIL_QUERY, type CaseDetail, type CaseRevisionRow } from './cases-operations';

/** While the reader is mounted, `@media print` rules in cases.css hide the app's menu and header. */
function usePrintPageClass() {
  useEffect(() => {
    document.body.classList.add('case-print-page');
    return () => document.body.classList.remove('case-print-page');
  }, []);
}

const formatDate = (value: string | null | undefined) => (value ? dayjs(value).format('YYYY-MM-DD') : '');

/** `/cases/:id`: one case laid out for reading and printing as training material. */
export function CaseReaderPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  usePrintPageClass();
  const { data, loading, error, refetch } = useQuery(CASE_DETAIL_QUERY, { variables: { id } });

  const back = (
    // Back in history when we came from the library, so its search and scroll position are kept.
    <Button icon={<ArrowLeftOutlined />} onClick={() => void (location.key !== 'default' ? navigate(-1) : navigate('/cases'))}>
      {t('cases.reader.back')}
    </Button>
  );

  if (loading && !data) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 12 }} />
      </Card>
    );
  }
  const code = error ? errorCode(error) : null;
  // A malformed id, another group's case or a draft the caller may not see: all read the same, on purpose.
  if (code === 'FORBIDDEN' || code === 'NOT_FOUND' || code === 'BAD_USER_INPUT' || (!error && !data?.case)) {
    return <Result status="404" title={t('cases.reader.notFound')} subTitle={t('cases.reader.notFoundHint')} extra={back} />;
  }
  if (error || !data?.case) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  return <CaseReader caseItem={data.case} back={back} />;
}

export function CaseReader({ caseItem, back }: { caseItem: CaseDetail; back?: React.ReactNode }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { mayEdit } = useCasePermissions(caseItem.author?.id);
  const place = [...new Set([caseItem.regionName, caseItem.orgUnitName].filter(Boolean))].join(' · ');

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" gap={8} wrap className="case-no-print">
        {back ?? <span />}
        <Space wrap>
          {mayEdit && (
            <Button icon={<EditOutlined />} onClick={() => void navigate(`/cases/${encodeURIComponent(caseItem.id)}/edit`)}>
              {t('cases.reader.edit')}
            </Button>
          )}
          <CaseWorkflowActions caseItem={caseItem} />
          <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t('cases.reader.print')}
          </Button>
        </Space>
      </Flex>

      {caseItem.status === 'DRAFT' && caseItem.reviewNote && (
        <Alert
          type="warning"
          showIcon
          className="case-no-print"
          title={t('cases.reader.reviewNote')}
          description={<span style={{ whiteSpace: 'pre-line' }}>{caseItem.reviewNote}</span>}
        />
      )}
      {caseItem.status !== 'PUBLISHED' && (
        <Alert
          type="info"
          showIcon
          className="case-no-print"
          title={t(caseItem.status === 'IN_REVIEW' ? 'cases.reader.inReview' : 'cases.reader.draft')}
        />
      )}

      <Card className="case-reader-card">
        <article className="case-reader">
          <h1>{caseItem.title}</h1>
          <Typography.Text type="secondary">
            <Space size={4} separator="·" wrap>
              {place && <span>{place}</span>}
              <span>{t('cases.reader.meta.year', { year: caseItem.year })}</span>
              <span>{caseItem.category.label}</span>
              {caseItem.grade && <span>{caseItem.grade.label}</span>}
              {caseItem.publishedAt && <span>{t('cases.reader.meta.published', { date: formatDate(caseItem.publishedAt) })}</span>}
              {caseItem.revision > 1 && <span>{t('cases.reader.meta.revision', { revision: caseItem.revision })}</span>}
              <span>{t('cases.reader.meta.views', { count: caseItem.viewCount })}</span>
              {caseItem.sourceComplaint && (
                <Link to={`/complaints/${encodeURIComponent(caseItem.sourceComplaint.id)}`} className="case-no-print">
                  {t('cases.reader.sourceComplaint')}
                </Link>
              )}
            </Space>
          </Typography.Text>
          <div style={{ marginTop: 8 }}>
            <Tag color={STATUS_COLORS[caseItem.status]} className="case-no-print">
              {t(statusKey(caseItem.status))}
            </Tag>
            {caseItem.tags.map((tag) => (
              <Tag key={tag} color="blue" variant="filled">
                {tag}
              </Tag>
            ))}
          </div>
          <CaseSections source={caseItem} />
        </article>
      </Card>

      {caseItem.revisions.length > 0 && <CaseRevisions revisions={caseItem.revisions} />}
    </Flex>
  );
}

type SectionSource = Pick<CaseDetail, (typeof CASE_SECTIONS)[number]>;

/** 背景 / 处理经过 / 处理结果 / 原因分析 / 经验教训 / 预防措施, each a headed block. */
function CaseSections({ source }: { source: SectionSource }) {
  const { t } = useI18n();
  return (
    <>
      {CASE_SECTIONS.map((section) => (
        <section key={section} className="case-reader-section">
          <h2>{t(sectionKey(section))}</h2>
          {source[section].trim() ? (
            <p>{source[section]}</p>
          ) : (
            <Typography.Text type="secondary">{t('cases.reader.emptySection')}</Typography.Text>
          )}
        </section>
      ))}
    </>
  );
}

/** Earlier versions of a case edited after publishing (newest first), folded so they do not print by default. */
function CaseRevisions({ revisions }: { revisions: readonly CaseRevisionRow[] }) {
  const { t } = useI18n();
  return (
    <Card size="small" title={t('cases.revisions.title')} className="case-no-print">
      <Typography.Paragraph type="secondary">{t('cases.revisions.hint')}</Typography.Paragraph>
      <Collapse
        items={revisions.map((revision) => ({
          key: String(revision.revision),
          label: (
            <span>
              {t('cases.revisions.item', { revision: revision.revision, date: formatDate(revision.replacedAt) })} —{' '}
              {revision.title}
            </span>
          ),
          children: (
            <div className="case-reader">
              <CaseSections source={revision} />
            </div>
          ),
        }))}
      />
    </Card>
  );
}
