import type { Writable } from 'node:stream';
import { ORG_LEVEL_LABELS, COMPLAINT_KIND_LABELS, formatYuan, shanghaiParts, type ComplaintKind } from '@kesu/domain';
// exceljs is CommonJS: its named exports exist only on the default export under NodeNext.
import ExcelJS from 'exceljs';
import type { MonthlyReport } from './monthly-report.service.js';
import { RANKING_BASIS_LABELS } from './report.enums.js';
import type { ReportFigures } from './report-figures.js';
import { REGISTER_COLUMNS, type RegisterRow } from './report-register.service.js';

/**
 * The monthly report as the XX forms lay it out: sheet 1 《客户投诉/需求信息月报表》 (the summary), sheet 2
 * 《客户投诉/需求登记表》 (the register, form 附件4, with its two-row header). Written with exceljs' streaming writer,
 * so the register of a large group goes to the response batch by batch.
 *
 * Excel forbids `/` in sheet names: the sheets use the full-width `／`; the titles inside keep the forms' own words.
 */
export const SUMMARY_SHEET = '客户投诉／需求信息月报表';
export const REGISTER_SHEET = '客户投诉／需求登记表';
export const SUMMARY_TITLE = '客户投诉/需求信息月报表';
export const REGISTER_TITLE = '客户投诉/需求登记表';

/** Labels of the summary's figure rows; tests read the sheet back by these. */
export const SUMMARY_LABELS = {
  received: '受理总数',
  validComplaints: '有效投诉',
  invalidComplaints: '无效投诉',
  demands: '客户需求',
  warnings: '客户投诉预警',
  groupComplaints: '群诉（件）',
  households: '涉及户数',
  respondedWithinHour: '1小时内响应（件）',
  resolvedWithinLimit: '时限内解决（件）',
  exempt: '豁免处理时限（件）',
  overdueOpen: '超期未完结（件）',
  escalated: '升级处理（件）',
  escalationSteps: '升级次数',
  visitsDue: '应回访（件）',
  visitsDone: '已回访（件）',
  visits: '回访次数',
  onSite: '上门回访（次）',
  averageScore: '平均满意度（分）',
  accountabilityRecords: '问责记录（件）',
  accountabilityEnforced: '其中已落实（件）',
  finesTotal: '罚款合计（元）',
} as const;

const COLUMNS = 10;
const BREAKDOWN_HEADERS = ['受理', '有效投诉', '无效投诉', '客户需求', '预警', '1小时响应率', '时限内解决率', '回访率'];

const thin = { style: 'thin' as const, color: { argb: 'FF999999' } };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };
const HEADER_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFE8EEF7' } };
const PERCENT = '0.0%';

const pad = (n: number) => String(n).padStart(2, '0');
function shanghaiText(at: Date): string {
  const p = shanghaiParts(at);
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
}

/** Rates are numbers formatted as percentages; nothing to measure is a dash, never 0 %. */
const rateCell = (value: number | null) => (value === null ? '—' : value);

function breakdownValues(f: ReportFigures): (number | string)[] {
  return [
    f.received,
    f.validComplaints,
    f.invalidComplaints,
    f.demands,
    f.warnings,
    rateCell(f.timeliness.respondedWithinHourRate),
    rateCell(f.timeliness.resolvedWithinLimitRate),
    rateCell(f.returnVisits.rate),
  ];
}

export async function writeMonthlyWorkbook(
  stream: Writable,
  report: MonthlyReport,
  register: AsyncIterable<RegisterRow[]>,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Kesu 客诉';
  workbook.created = report.generatedAt;
  writeSummary(workbook.addWorksheet(SUMMARY_SHEET, { pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } }), report);
  const sheet = workbook.addWorksheet(REGISTER_SHEET, {
    views: [{ state: 'frozen', ySplit: 4 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  await writeRegister(sheet, report, register);
  await workbook.commit();
}

function writeSummary(sheet: ExcelJS.Worksheet, report: MonthlyReport): void {
  sheet.columns = [{ width: 26 }, { width: 14 }, ...Array.from({ length: COLUMNS - 2 }, () => ({ width: 13 }))];
  const t = report.totals;
  const add = (values: (string | number | null)[], style?: (row: ExcelJS.Row) => void) => {
    const row = sheet.addRow(values);
    style?.(row);
    row.commit();
    return row;
  };
  const bold = (row: ExcelJS.Row) => void (row.font = { bold: true });
  const section = (title: string) => add([title], (row) => (row.getCell(1).font = { bold: true, size: 12 }));
  /** Label, value, and optionally a rate and its note. */
  const figure = (label: string, value: number | string, share?: { rate: number | null; note: string }) =>
    add([label, value, share ? rateCell(share.rate) : null, share?.note ?? null], (row) => {
      for (let col = 1; col <= (share ? 3 : 2); col++) row.getCell(col).border = BORDER;
      if (share) row.getCell(3).numFmt = PERCENT;
    });
  const table = (header: string[], rows: (string | number | null)[][], percentFrom: number) => {
    add(header, (row) => {
      row.font = { bold: true };
      for (let col = 1; col <= header.length; col++) {
        row.getCell(col).fill = HEADER_FILL;
        row.getCell(col).border = BORDER;
        row.getCell(col).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      }
    });
    for (const values of rows) {
      add(values, (row) => {
        for (let col = 1; col <= header.length; col++) row.getCell(col).border = BORDER;
        for (let col = percentFrom; col <= header.length; col++) row.getCell(col).numFmt = PERCENT;
      });
    }
  };

  // The streaming writer merges only rows not yet committed: merge the title before it is written out.
  add([SUMMARY_TITLE], (row) => {
    row.height = 28;
    row.getCell(1).font = { bold: true, size: 16 };
    row.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
    sheet.mergeCells(row.number, 1, row.number, COLUMNS);
  });
  add(['填报单位', report.orgUnit.name, '报表月份', report.month, '统计期间', `${report.period.firstDate} 至 ${report.period.lastDate}`], bold);
  add(['生成时间', shanghaiText(report.generatedAt), '统计口径', '群诉按一件统计（户数另计）；同一客户的不同投诉分别统计；按最终类型和类别统计（XX 4.5）']);
  add([]);

  section('一、总体情况');
  figure(SUMMARY_LABELS.received, t.received);
  figure(SUMMARY_LABELS.validComplaints, t.validComplaints);
  figure(SUMMARY_LABELS.invalidComplaints, t.invalidComplaints);
  figure(SUMMARY_LABELS.demands, t.demands);
  figure(SUMMARY_LABELS.warnings, t.warnings);
  figure(SUMMARY_LABELS.groupComplaints, t.groupComplaints);
  figure(SUMMARY_LABELS.households, t.households);
  add([]);

  const tl = t.timeliness;
  section('二、处理时效');
  figure(SUMMARY_LABELS.respondedWithinHour, tl.respondedWithinHour, { rate: tl.respondedWithinHourRate, note: `1小时响应率，计入 ${tl.responseMeasured} 件` });
  figure(SUMMARY_LABELS.resolvedWithinLimit, tl.resolvedWithinLimit, { rate: tl.resolvedWithinLimitRate, note: `时限内解决率，计入 ${tl.resolutionMeasured} 件（不含豁免）` });
  figure(SUMMARY_LABELS.exempt, tl.exempt);
  figure(SUMMARY_LABELS.overdueOpen, tl.overdueOpen);
  figure(SUMMARY_LABELS.escalated, tl.escalated);
  figure(SUMMARY_LABELS.escalationSteps, tl.escalationSteps);
  add([]);

  const rv = t.returnVisits;
  section('三、回访与满意度');
  figure(SUMMARY_LABELS.visitsDue, rv.due);
  figure(SUMMARY_LABELS.visitsDone, rv.done, { rate: rv.rate, note: '回访率' });
  figure(SUMMARY_LABELS.visits, rv.visits);
  figure(SUMMARY_LABELS.onSite, rv.onSite, { rate: rv.onSiteShare, note: '上门回访占比' });
  figure(SUMMARY_LABELS.averageScore, rv.averageScore === null ? '—' : Math.round(rv.averageScore * 100) / 100);
  for (const s of rv.scoreDistribution) figure(`满意度 ${s.score} 分（${s.label}）`, s.count);
  add([]);

  section('四、问责追责（本期记录的问责结论）');
  if (report.accountability.available) {
    figure(SUMMARY_LABELS.accountabilityRecords, report.accountability.records);
    figure(SUMMARY_LABELS.accountabilityEnforced, report.accountability.enforced);
    figure(SUMMARY_LABELS.finesTotal, formatYuan(report.accountability.finesTotalFen));
  } else {
    add(['（无权查看问责数据）']);
  }
  add([]);

  section('五、按类别统计（最终类别）');
  table(
    ['类别', '类型', ...BREAKDOWN_HEADERS],
    [
      ...report.byCategory.map((r) => [r.category.label, COMPLAINT_KIND_LABELS[r.category.kind as ComplaintKind] ?? r.category.kind, ...breakdownValues(r.figures)]),
      ['合计', '', ...breakdownValues(t)],
    ],
    8,
  );
  add([]);

  section('六、按等级统计');
  table(['等级', '编码', ...BREAKDOWN_HEADERS], [...report.byGrade.map((r) => [r.grade.label, r.grade.code, ...breakdownValues(r.figures)]), ['合计', '', ...breakdownValues(t)]], 8);
  add([]);

  section('七、按下级组织统计');
  table(
    ['组织', '层级', ...BREAKDOWN_HEADERS],
    [...report.byOrgUnit.map((r) => [r.orgUnit.name, ORG_LEVEL_LABELS[r.orgUnit.level], ...breakdownValues(r.figures)]), ['合计', '', ...breakdownValues(t)]],
    8,
  );
  add([]);

  section(`八、项目排名（前 ${report.topProjects.length} 名，${RANKING_BASIS_LABELS[report.rankingBasis]}）`);
  table(
    ['项目', '排名', '有效投诉', '涉及户数', '每千户投诉', '1小时响应率', '时限内解决率', '回访率'],
    report.topProjects.map((p) => [
      p.project.name,
      p.rank,
      p.complaints,
      p.households,
      p.perThousandHouseholds ?? '—',
      rateCell(p.figures.timeliness.respondedWithinHourRate),
      rateCell(p.figures.timeliness.resolvedWithinLimitRate),
      rateCell(p.figures.returnVisits.rate),
    ]),
    6,
  );
  sheet.commit();
}

async function writeRegister(sheet: ExcelJS.Worksheet, report: MonthlyReport, register: AsyncIterable<RegisterRow[]>): Promise<void> {
  const width = REGISTER_COLUMNS.length;
  sheet.columns = REGISTER_COLUMNS.map((c) => ({ width: c.width }));
  const title = sheet.addRow([REGISTER_TITLE]);
  title.height = 26;
  title.getCell(1).font = { bold: true, size: 14 };
  title.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.addRow([`填报单位：${report.orgUnit.name}；报表月份：${report.month}；统计期间：${report.period.firstDate} 至 ${report.period.lastDate}`]);

  // Form 附件4's two-row header: a grouped column (受理时间 → 日期 / 时间) spans its sub-columns, the others span both rows.
  const top = sheet.addRow(REGISTER_COLUMNS.map((c) => c.group ?? c.header));
  const sub = sheet.addRow(REGISTER_COLUMNS.map((c) => (c.group ? c.header : null)));
  for (const row of [top, sub]) {
    row.font = { bold: true };
    for (let col = 1; col <= width; col++) {
      row.getCell(col).fill = HEADER_FILL;
      row.getCell(col).border = BORDER;
      row.getCell(col).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    }
  }
  // Merged before the rows are committed (the streaming writer cannot merge committed rows).
  sheet.mergeCells(1, 1, 1, width);
  sheet.mergeCells(2, 1, 2, width);
  for (let i = 0; i < width; ) {
    const group = REGISTER_COLUMNS[i]!.group;
    let end = i;
    while (group && REGISTER_COLUMNS[end + 1]?.group === group) end++;
    if (group) sheet.mergeCells(3, i + 1, 3, end + 1);
    else sheet.mergeCells(3, i + 1, 4, i + 1);
    i = end + 1;
  }
  sub.commit();

  for await (const batch of register) {
    for (const line of batch) {
      const row = sheet.addRow(REGISTER_COLUMNS.map((c) => line[c.key]));
      for (let col = 1; col <= width; col++) row.getCell(col).border = BORDER;
      row.getCell(5).alignment = { wrapText: true, vertical: 'top' };
      row.commit();
    }
  }
  sheet.commit();
}

/** CSV headers: a grouped column is named with its group (受理时间（日期）). */
export const CSV_HEADERS = REGISTER_COLUMNS.map((c) => (c.group ? `${c.group}（${c.header}）` : c.header));

/**
 * A field for CSV: quoted when needed; text a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) gets a
 * leading apostrophe, since complaint titles and names are typed by customers and agents.
 */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The register as CSV, UTF-8 with a byte-order mark so Excel opens the Chinese text correctly. */
export async function writeRegisterCsv(stream: Writable, register: AsyncIterable<RegisterRow[]>): Promise<void> {
  const write = (text: string) =>
    new Promise<void>((resolve, reject) => {
      if (stream.write(text)) resolve();
      else {
        stream.once('drain', resolve);
        stream.once('error', reject);
      }
    });
  await write(`\uFEFF${CSV_HEADERS.map(csvField).join(',')}\r\n`);
  for await (const batch of register) {
    await write(batch.map((line) => REGISTER_COLUMNS.map((c) => csvField(line[c.key])).join(',')).join('\r\n') + '\r\n');
  }
  await new Promise<void>((resolve) => stream.end(resolve));
}
