import dayjs, { type Dayjs } from 'dayjs';
import type { ListFilter } from './complaint-list';
import { KINDS, STATUSES } from './complaint-labels';
import type { ComplaintKind, ComplaintStatus } from './complaints-operations';

/**
 * The complaint list's user-saved filters: a name and the filter bar's state, kept in this browser's localStorage
 * under the signed-in user's id (so two people sharing a browser do not see each other's filters). Nothing is sent
 * to the server.
 *
 * Stored as versioned JSON, `{ version: 1, filters: [...] }`, and checked field by field on every read: a value
 * that is not JSON, carries another version, or is not shaped as below is ignored as a whole (the list then shows
 * no saved filters, and the next save writes a fresh value); a single malformed entry inside a good value is
 * dropped and the others kept. Reading never throws.
 *
 * Dates (受理时间): a range picked as one of the relative presets (今天, 最近 7 天, 本月, 上月 — also what the 本月A类
 * quick filter sets) is stored as that preset's name and recomputed when applied, so "本月A类" saved in November
 * shows December's complaints in December. Any other range is stored as its two absolute calendar days
 * (`YYYY-MM-DD`, the days the user saw). A range that happens to equal a preset's days when picked by hand counts
 * as that preset: the picker does not tell the two apart, and the result is the same on the day it is saved.
 */
export const SAVED_FILTERS_VERSION = 1;
const STORAGE_PREFIX = 'kesu.complaintFilters.';
/** Names are short labels on a button. */
export const SAVED_FILTER_NAME_MAX = 30;
/** More would no longer fit beside the quick filters. */
export const SAVED_FILTERS_MAX = 20;

export const RELATIVE_RANGES = ['today', 'last7Days', 'thisMonth', 'lastMonth'] as const;
export type RelativeRange = (typeof RELATIVE_RANGES)[number];

/** The days a relative range covers at `now` (whole days, as the filter bar uses them). */
export function relativeRange(range: RelativeRange, now: Dayjs = dayjs()): [Dayjs, Dayjs] {
  switch (range) {
    case 'today':
      return [now.startOf('day'), now.endOf('day')];
    case 'last7Days':
      return [now.subtract(6, 'day').startOf('day'), now.endOf('day')];
    case 'thisMonth':
      return [now.startOf('month'), now.endOf('month')];
    case 'lastMonth': {
      const last = now.subtract(1, 'month');
      return [last.startOf('month'), last.endOf('month')];
    }
  }
}

/** The relative preset whose days are exactly `range`'s days at `now`, if any. */
export function matchRelativeRange(range: readonly [Dayjs, Dayjs], now: Dayjs = dayjs()): RelativeRange | undefined {
  return RELATIVE_RANGES.find((key) => {
    const [from, to] = relativeRange(key, now);
    return from.isSame(range[0], 'day') && to.isSame(range[1], 'day');
  });
}

type StoredRange = { relative: RelativeRange } | { from: string; to: string };

/** The filter bar's state as stored: the same fields as ListFilter, dates as described above. */
export interface StoredFilter {
  search?: string;
  status?: ComplaintStatus[];
  kind?: ComplaintKind[];
  gradeCodes?: string[];
  categoryCodes?: string[];
  orgUnitId?: string;
  overdue?: boolean;
  received?: StoredRange;
}

export interface SavedFilter {
  id: string;
  name: string;
  filter: StoredFilter;
}

interface StoredValue {
  version: typeof SAVED_FILTERS_VERSION;
  filters: SavedFilter[];
}

const storageKey = (userId: string) => `${STORAGE_PREFIX}${userId}`;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** ListFilter → what is stored (empty fields left out). */
export function toStoredFilter(filter: ListFilter): StoredFilter {
  const list = <T>(values: T[] | undefined) => (values && values.length > 0 ? [...values] : undefined);
  const stored: StoredFilter = {
    search: filter.search?.trim() || undefined,
    status: list(filter.status),
    kind: list(filter.kind),
    gradeCodes: list(filter.gradeCodes),
    categoryCodes: list(filter.categoryCodes),
    orgUnitId: filter.orgUnitId || undefined,
    overdue: filter.overdue || undefined,
    received: filter.received
      ? filter.receivedRelative
        ? { relative: filter.receivedRelative }
        : { from: filter.received[0].format('YYYY-MM-DD'), to: filter.received[1].format('YYYY-MM-DD') }
      : undefined,
  };
  return Object.fromEntries(Object.entries(stored).filter(([, value]) => value !== undefined)) as StoredFilter;
}

/** What is stored → the filter bar's state at `now` (a relative range becomes today's days for it). */
export function fromStoredFilter(stored: StoredFilter, now: Dayjs = dayjs()): ListFilter {
  const { received, ...rest } = stored;
  if (!received) return { ...rest };
  if ('relative' in received) return { ...rest, received: relativeRange(received.relative, now), receivedRelative: received.relative };
  return { ...rest, received: [dayjs(received.from).startOf('day'), dayjs(received.to).endOf('day')] };
}

// --- validation on read ------------------------------------------------------------------------------------------

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';

function stringList<T extends string>(value: unknown, allowed?: readonly T[]): T[] | undefined | false {
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || !value.every(isString)) return false;
  if (allowed && !value.every((v) => (allowed as readonly string[]).includes(v))) return false;
  return value as T[];
}

function parseRange(value: unknown): StoredRange | undefined | false {
  if (value === undefined) return undefined;
  if (!isRecord(value)) return false;
  if ('relative' in value) {
    return (RELATIVE_RANGES as readonly unknown[]).includes(value['relative']) ? { relative: value['relative'] as RelativeRange } : false;
  }
  const { from, to } = value;
  if (!isString(from) || !isString(to) || !DATE.test(from) || !DATE.test(to)) return false;
  if (!dayjs(from).isValid() || !dayjs(to).isValid() || from > to) return false;
  return { from, to };
}

/** One stored filter, or null when anything in it is off. */
function parseFilter(value: unknown): StoredFilter | null {
  if (!isRecord(value)) return null;
  const status = stringList(value['status'], STATUSES);
  const kind = stringList(value['kind'], KINDS);
  const gradeCodes = stringList(value['gradeCodes']);
  const categoryCodes = stringList(value['categoryCodes']);
  const received = parseRange(value['received']);
  const { search, orgUnitId, overdue } = value;
  if (status === false || kind === false || gradeCodes === false || categoryCodes === false || received === false) return null;
  if ((search !== undefined && !isString(search)) || (orgUnitId !== undefined && !isString(orgUnitId))) return null;
  if (overdue !== undefined && typeof overdue !== 'boolean') return null;
  const filter: StoredFilter = { search, status, kind, gradeCodes, categoryCodes, orgUnitId, overdue, received };
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)) as StoredFilter;
}

function parseEntry(value: unknown): SavedFilter | null {
  if (!isRecord(value)) return null;
  const { id, name } = value;
  if (!isString(id) || id === '' || !isString(name) || name.trim() === '' || name.length > SAVED_FILTER_NAME_MAX) return null;
  const filter = parseFilter(value['filter']);
  return filter ? { id, name, filter } : null;
}

/** The stored value's filters; [] for anything unreadable (never throws). */
export function parseSavedFilters(raw: string | null): SavedFilter[] {
  if (!raw) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!isRecord(value) || value['version'] !== SAVED_FILTERS_VERSION || !Array.isArray(value['filters'])) return [];
  const seen = new Set<string>();
  const filters: SavedFilter[] = [];
  for (const entry of value['filters']) {
    const parsed = parseEntry(entry);
    if (parsed && !seen.has(parsed.id)) {
      seen.add(parsed.id);
      filters.push(parsed);
    }
  }
  return filters.slice(0, SAVED_FILTERS_MAX);
}

// --- the store ---------------------------------------------------------------------------------------------------

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    // Storage blocked (privacy settings): saved filters are simply not available.
    return undefined;
  }
}

export function readSavedFilters(userId: string): SavedFilter[] {
  try {
    return parseSavedFilters(storage()?.getItem(storageKey(userId)) ?? null);
  } catch {
    return [];
  }
}

/** Writes the whole list; false when the browser refused (quota, blocked storage). */
export function writeSavedFilters(userId: string, filters: readonly SavedFilter[]): boolean {
  const value: StoredValue = { version: SAVED_FILTERS_VERSION, filters: [...filters] };
  try {
    const store = storage();
    if (!store) return false;
    store.setItem(storageKey(userId), JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

const newId = () => globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/** Writes `next` and returns it, or null when the browser refused to store it. */
const commit = (userId: string, next: SavedFilter[]): SavedFilter[] | null => (writeSavedFilters(userId, next) ? next : null);

/**
 * Saves `filter` under `name`; a filter of the same name is replaced (kept in its place). Returns the new list,
 * or null when the browser refused to store it (as do rename and delete).
 */
export function saveFilter(userId: string, name: string, filter: ListFilter): SavedFilter[] | null {
  const trimmed = name.trim().slice(0, SAVED_FILTER_NAME_MAX);
  const current = readSavedFilters(userId);
  const existing = current.find((f) => f.name === trimmed);
  const entry: SavedFilter = { id: existing?.id ?? newId(), name: trimmed, filter: toStoredFilter(filter) };
  const next = existing ? current.map((f) => (f.id === existing.id ? entry : f)) : [...current, entry].slice(-SAVED_FILTERS_MAX);
  return commit(userId, next);
}

export function renameFilter(userId: string, id: string, name: string): SavedFilter[] | null {
  const trimmed = name.trim().slice(0, SAVED_FILTER_NAME_MAX);
  // Renaming onto another filter's name would leave two buttons with one label: that other one goes.
  const next = readSavedFilters(userId)
    .filter((f) => f.id === id || f.name !== trimmed)
    .map((f) => (f.id === id ? { ...f, name: trimmed } : f));
  return commit(userId, next);
}

export function deleteFilter(userId: string, id: string): SavedFilter[] | null {
  return commit(userId, readSavedFilters(userId).filter((f) => f.id !== id));
}
