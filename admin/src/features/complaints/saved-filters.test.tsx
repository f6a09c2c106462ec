// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App as AntdApp } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/i18n-context';
import type { ListFilter } from './complaint-list';
import {
  SAVED_FILTERS_VERSION,
  deleteFilter,
  fromStoredFilter,
  matchRelativeRange,
  parseSavedFilters,
  readSavedFilters,
  relativeRange,
  renameFilter,
  saveFilter,
  toStoredFilter,
} from './saved-filters';
import { SavedFiltersBar } from './saved-filters-bar';

const KEY = (userId: string) => `kesu.complaintFilters.${userId}`;
afterEach(() => localStorage.clear());

describe('saved filters store', () => {
  it('saves, applies, renames and deletes per user', () => {
    const filter: ListFilter = { status: ['HANDLING'], gradeCodes: ['A1'], overdue: true, search: ' 路灯 ' };
    const saved = saveFilter('u1', '  超期A类 ', filter)!;
    expect(saved).toHaveLength(1);
    expect(saved[0]!.name).toBe('超期A类');
    expect(JSON.parse(localStorage.getItem(KEY('u1'))!)).toMatchObject({ version: SAVED_FILTERS_VERSION, filters: [{ name: '超期A类' }] });
    expect(fromStoredFilter(readSavedFilters('u1')[0]!.filter)).toEqual({ status: ['HANDLING'], gradeCodes: ['A1'], overdue: true, search: '路灯' });

    // Same name replaces, in place.
    saveFilter('u1', '第二个', { kind: ['DEMAND'] });
    const replaced = saveFilter('u1', '超期A类', { overdue: true })!;
    expect(replaced.map((f) => f.name)).toEqual(['超期A类', '第二个']);
    expect(replaced[0]!.filter).toEqual({ overdue: true });

    const renamed = renameFilter('u1', replaced[1]!.id, '需求')!;
    expect(renamed.map((f) => f.name)).toEqual(['超期A类', '需求']);
    expect(deleteFilter('u1', renamed[0]!.id)!.map((f) => f.name)).toEqual(['需求']);
    expect(readSavedFilters('u1').map((f) => f.name)).toEqual(['需求']);
  });

  it("keeps each user's filters apart", () => {
    saveFilter('u1', '我的', { overdue: true });
    saveFilter('u2', '别人的', { kind: ['WARNING'] });
    expect(readSavedFilters('u1').map((f) => f.name)).toEqual(['我的']);
    expect(readSavedFilters('u2').map((f) => f.name)).toEqual(['别人的']);
    expect(readSavedFilters('u3')).toEqual([]);
  });

  it('stores a relative preset as its name and other ranges as absolute days', () => {
    const november = dayjs('2026-11-20T10:00:00');
    const december = dayjs('2026-12-03T10:00:00');
    const thisMonth = relativeRange('thisMonth', november);
    expect(matchRelativeRange(thisMonth, november)).toBe('thisMonth');
    expect(toStoredFilter({ received: thisMonth, receivedRelative: 'thisMonth' })).toEqual({ received: { relative: 'thisMonth' } });
    // Applied in December, "this month" is December.
    const applied = fromStoredFilter({ received: { relative: 'thisMonth' } }, december);
    expect(applied.received!.map((d) => d.format('YYYY-MM-DD'))).toEqual(['2026-12-01', '2026-12-31']);
    expect(applied.receivedRelative).toBe('thisMonth');

    const picked: [dayjs.Dayjs, dayjs.Dayjs] = [dayjs('2026-10-03'), dayjs('2026-10-09')];
    expect(matchRelativeRange(picked, november)).toBeUndefined();
    expect(toStoredFilter({ received: picked })).toEqual({ received: { from: '2026-10-03', to: '2026-10-09' } });
    const back = fromStoredFilter({ received: { from: '2026-10-03', to: '2026-10-09' } }, december);
    expect(back.received!.map((d) => d.format('YYYY-MM-DD HH:mm'))).toEqual(['2026-10-03 00:00', '2026-10-09 23:59']);
    expect(back.receivedRelative).toBeUndefined();
  });

  it('ignores corrupt, foreign and old values without throwing, and drops only the bad entries', () => {
    const good = { id: 'a', name: '好的', filter: { overdue: true } };
    for (const raw of [
      '{not json',
      'null',
      '[]',
      JSON.stringify({ version: 0, filters: [good] }),
      JSON.stringify({ version: 2, filters: [good] }),
      JSON.stringify({ version: 1, filters: 'x' }),
      JSON.stringify([good]),
    ]) {
      expect(parseSavedFilters(raw), raw).toEqual([]);
    }
    const mixed = {
      version: 1,
      filters: [
        good,
        { id: 'b', name: '', filter: {} },
        { id: 'c', name: '坏状态', filter: { status: ['NOPE'] } },
        { id: 'd', name: '坏日期', filter: { received: { from: '2026-13-40', to: 'x' } } },
        { id: 'e', name: '坏预设', filter: { received: { relative: 'nextYear' } } },
        { id: 'f', name: '坏类型', filter: { overdue: 'yes' } },
        { id: 'a', name: '重复', filter: {} },
        'junk',
        { id: 'g', name: '本月', filter: { received: { relative: 'thisMonth' }, gradeCodes: ['A1', 'A2'] } },
      ],
    };
    localStorage.setItem(KEY('u1'), JSON.stringify(mixed));
    expect(readSavedFilters('u1').map((f) => f.id)).toEqual(['a', 'g']);
    // The next save writes a clean value.
    saveFilter('u1', '新的', { kind: ['COMPLAINT'] });
    expect(JSON.parse(localStorage.getItem(KEY('u1'))!).filters.map((f: { id: string }) => f.id).slice(0, 2)).toEqual(['a', 'g']);
  });
});

/** The bar with the filter state it edits, and what applying shows. */
function Harness({ userId, initial }: { userId: string; initial: ListFilter }) {
  const [filter, setFilter] = useState<ListFilter>(initial);
  return (
    <I18nProvider>
      <AntdApp>
        <SavedFiltersBar userId={userId} filter={filter} canSave onApply={setFilter} />
        <button type="button" onClick={() => setFilter({})}>
          reset
        </button>
        <output data-testid="current">{JSON.stringify(toStoredFilter(filter))}</output>
      </AntdApp>
    </I18nProvider>
  );
}

const buttonWith = (text: string) => screen.queryAllByText(text).find((e) => e.closest('button'))?.closest('button') ?? null;
const current = () => JSON.parse(screen.getByTestId('current').textContent ?? '{}') as unknown;

describe('saved filters bar', () => {
  it('saves the current filter under a name, applies it with one click, deletes it', async () => {
    render(<Harness userId="u1" initial={{ overdue: true, kind: ['COMPLAINT'] }} />);
    fireEvent.click(buttonWith('保存筛选')!);
    const name = await screen.findByLabelText('名称');
    fireEvent.change(name, { target: { value: '超期投诉' } });
    fireEvent.keyDown(name, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() => expect(buttonWith('超期投诉')).toBeTruthy());
    expect(readSavedFilters('u1').map((f) => f.name)).toEqual(['超期投诉']);

    fireEvent.click(buttonWith('reset')!);
    expect(current()).toEqual({});
    fireEvent.click(buttonWith('超期投诉')!);
    expect(current()).toEqual({ kind: ['COMPLAINT'], overdue: true });

    fireEvent.click(screen.getByLabelText('管理筛选“超期投诉”'));
    fireEvent.click(await screen.findByText('删除'));
    await screen.findAllByText('删除筛选“超期投诉”？');
    fireEvent.click(document.querySelector<HTMLButtonElement>('.ant-modal-confirm .ant-btn-dangerous')!);
    await waitFor(() => expect(buttonWith('超期投诉')).toBeNull());
    expect(readSavedFilters('u1')).toEqual([]);
  });

  it("shows only the signed-in user's filters, and none from a corrupt value", async () => {
    saveFilter('u2', '别人的筛选', { overdue: true });
    localStorage.setItem(KEY('u1'), '{"version":1,"filters":[{"id":1}]');
    render(<Harness userId="u1" initial={{}} />);
    expect(buttonWith('保存筛选')).toBeTruthy();
    expect(buttonWith('别人的筛选')).toBeNull();
    expect(screen.queryAllByTestId('saved-filter')).toHaveLength(0);
    await act(async () => {});
  });
});
