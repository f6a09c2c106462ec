import { Button, Col, Form, Row, Select } from 'antd';
import { useI18n } from '../../i18n/i18n-context';
import { MultiFilterSelect } from '../../components/multi-filter-select';
import { OrgUnitPicker } from '../org/org-unit-picker';
import { recentYears, useCaseOptions } from './use-case-options';

export interface CaseSearchFilters {
  categoryCodes: string[];
  gradeCodes: string[];
  tags: string[];
  orgUnitId?: string;
  year?: number;
}

export const EMPTY_FILTERS: CaseSearchFilters = { categoryCodes: [], gradeCodes: [], tags: [] };

export function hasFilters(filters: CaseSearchFilters): boolean {
  return (
    filters.categoryCodes.length > 0 ||
    filters.gradeCodes.length > 0 ||
    filters.tags.length > 0 ||
    filters.orgUnitId !== undefined ||
    filters.year !== undefined
  );
}

/** The filter row under the search box; every change applies at once (no 查询 button to forget). */
export function CaseSearchFiltersBar({
  value,
  onChange,
}: {
  value: CaseSearchFilters;
  onChange: (filters: CaseSearchFilters) => void;
}) {
  const { t } = useI18n();
  const { categories, grades, loading } = useCaseOptions();
  const set = (patch: Partial<CaseSearchFilters>) => onChange({ ...value, ...patch });

  return (
    <Form layout="vertical" size="middle" component="div" className="case-filters">
      <Row gutter={12} align="bottom">
        <Col span={5}>
          <Form.Item label={t('cases.filter.category')} htmlFor="case-filter-category" style={{ marginBottom: 0 }}>
            <MultiFilterSelect
              id="case-filter-category"
              placeholder={t('cases.filter.all')}
              loading={loading}
              options={categories}
              value={value.categoryCodes}
              onChange={(categoryCodes) => set({ categoryCodes })}
              optionFilterProp="label"
            />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item label={t('cases.filter.grade')} htmlFor="case-filter-grade" style={{ marginBottom: 0 }}>
            <MultiFilterSelect
              id="case-filter-grade"
              placeholder={t('cases.filter.all')}
              loading={loading}
              options={grades}
              value={value.gradeCodes}
              onChange={(gradeCodes) => set({ gradeCodes })}
              optionFilterProp="label"
            />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item label={t('cases.filter.tags')} htmlFor="case-filter-tags" style={{ marginBottom: 0 }}>
            <MultiFilterSelect
              id="case-filter-tags"
              mode="tags"
              placeholder={t('cases.filter.tagsPlaceholder')}
              open={false}
              suffixIcon={null}
              value={value.tags}
              onChange={(tags: string[]) => set({ tags: tags.map((tag) => tag.trim()).filter(Boolean) })}
            />
          </Form.Item>
        </Col>
        <Col span={5}>
          <Form.Item label={t('cases.filter.org')} htmlFor="case-filter-org" style={{ marginBottom: 0 }}>
            <OrgUnitPicker
              id="case-filter-org"
              value={value.orgUnitId ?? null}
              onChange={(orgUnitId) => set({ orgUnitId: orgUnitId ?? undefined })}
              placeholder={t('cases.filter.all')}
              // The picker asks for 240px by default; here it shares a row with four other filters.
              style={{ width: '100%', minWidth: 0 }}
            />
          </Form.Item>
        </Col>
        <Col span={3}>
          <Form.Item label={t('cases.filter.year')} htmlFor="case-filter-year" style={{ marginBottom: 0 }}>
            <Select
              id="case-filter-year"
              allowClear
              placeholder={t('cases.filter.all')}
              options={recentYears().map((year) => ({ value: year, label: String(year) }))}
              value={value.year}
              onChange={(year?: number) => set({ year: year ?? undefined })}
            />
          </Form.Item>
        </Col>
        <Col span={3}>
          <Button block disabled={!hasFilters(value)} onClick={() => onChange(EMPTY_FILTERS)}>
            {t('cases.filter.reset')}
          </Button>
        </Col>
      </Row>
    </Form>
  );
}
