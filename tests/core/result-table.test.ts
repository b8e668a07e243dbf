import { describe, expect, it } from 'vitest';
import { execute } from '../../src/core/engine/execute.ts';
import type { Period, QueryPlan } from '../../src/core/plan/plan-schema.ts';
import { type ResultTable, resultTable, tableToCsv } from '../../src/core/render/result-table.ts';
import { MINI_NOW, useMini } from '../helpers/fixtures.ts';

// mini.csv by hand: a1 on yt 10 views a day Jan 1–14 (140), a1 on ig 5 a day Jan 8–14 (35), Alpha's own
// campaign-level row 100 on Jan 10, a2 on yt 20 a day Feb 1–29 (580).

const { ds } = useMini();
const period = (kind: Period['kind'], from: string, to: string, label: string): Period => ({
  kind,
  from,
  to,
  label,
});
const FEB = period('month', '2024-02-01', '2024-02-29', 'February 2024');
const JAN = period('month', '2024-01-01', '2024-01-31', 'January 2024');
const ALL = period('all', '2024-01-01', '2024-02-29', 'all time');

const table = (plan: QueryPlan): ResultTable | undefined => resultTable(execute(ds(), plan, MINI_NOW));

describe('resultTable', () => {
  it('a breakdown by week: the ISO first day of each week and its exact figure, cut weeks included', () => {
    const t = table({
      op: 'breakdown',
      metric: 'views',
      dimension: 'week',
      scope: {},
      period: FEB,
      change: false,
    });
    expect(t?.columns).toEqual([
      { name: 'week starting', type: 'date' },
      { name: 'Views', type: 'number' },
    ]);
    // Feb 1 is a Thursday: Feb 1–4 and Feb 26–29 are cut by the month.
    expect(t?.rows).toEqual([
      ['2024-02-01', 80],
      ['2024-02-05', 140],
      ['2024-02-12', 140],
      ['2024-02-19', 140],
      ['2024-02-26', 80],
    ]);
  });

  it('a breakdown by channel: name, id, figure and share as an unrounded ratio', () => {
    const t = table({
      op: 'breakdown',
      metric: 'views',
      dimension: 'channel',
      scope: {},
      period: ALL,
      change: false,
    });
    expect(t?.columns.map((c) => `${c.name}:${c.type}`)).toEqual([
      'channel:text',
      'id:text',
      'Views:number',
      'share:ratio',
    ]);
    expect(t?.rows.map((r) => r.slice(1))).toEqual([
      ['yt', 720, 720 / 755],
      ['ig', 35, 35 / 755],
    ]);
    expect(String(t?.rows[0]?.[0])).toContain('AlphaTube');
  });

  it('a top N keeps the ranking order', () => {
    const t = table({
      op: 'top',
      metric: 'views',
      dimension: 'asset',
      n: 2,
      order: 'desc',
      scope: {},
      period: ALL,
      change: false,
    });
    expect(t?.rows.map((r) => [r[0], r[1], r[2]])).toEqual([
      ['Night Market', 'a2', 580],
      ['Sunrise Walk', 'a1', 175],
    ]);
  });

  it('a single figure is one row with its period as ISO days', () => {
    const t = table({ op: 'value', metric: 'views', scope: {}, period: JAN, change: false });
    expect(t?.columns.map((c) => c.name)).toEqual(['subject', 'from', 'to', 'Views']);
    expect(t?.rows).toEqual([['Mini Org', '2024-01-01', '2024-01-31', 275]]);
  });

  it('goals, lists and comparisons tabulate their items', () => {
    const goals = table({ op: 'goal', campaign: 'alpha' });
    expect(goals?.rows).toEqual([
      ['Alpha Launch', 'alpha', 'Views', 1000, '2024-03-31', '2024-02-29', 275, 0.275],
    ]);
    const campaigns = table({ op: 'list', what: 'campaigns', filter: { status: 'active' } });
    expect(campaigns?.rows).toEqual([
      ['alpha', 'Alpha Launch', 'active', '2024-01-01', null, 'US', 'en', 'Ann Smith'],
    ]);
    const compare = table({ op: 'compare', metric: 'views', scopes: [{}], period: FEB, change: false });
    expect(compare?.rows).toEqual([
      ['Mini Org', '2024-02-01', '2024-02-29', 580],
      ['Mini Org', '2024-01-01', '2024-01-31', 275],
    ]);
  });

  it('help and an empty list have no table', () => {
    expect(table({ op: 'help', unknown: [], suggestions: [] })).toBeUndefined();
    expect(table({ op: 'list', what: 'campaigns', filter: { market: 'BR' } })).toBeUndefined();
  });
});

describe('tableToCsv', () => {
  it('writes RFC 4180 CSV: quotes only where needed, empty for missing, CRLF lines', () => {
    const csv = tableToCsv({
      name: 't',
      columns: [
        { name: 'title', type: 'text' },
        { name: 'value', type: 'number' },
        { name: 'by', type: 'date' },
      ],
      rows: [
        ['Plain', 1234567, '2024-05-06'],
        ['Comma, "quoted"', 0.125, null],
        ['two\nlines', -5, null],
      ],
    });
    expect(csv).toBe(
      'title,value,by\r\nPlain,1234567,2024-05-06\r\n"Comma, ""quoted""",0.125,\r\n"two\nlines",-5,\r\n',
    );
  });

  it('never lets a spreadsheet run a cell as a formula', () => {
    const csv = tableToCsv({
      name: 't',
      columns: [{ name: 'title', type: 'text' }],
      rows: [['=HYPERLINK("http://x")'], ['+1 555'], ['@SUM(A1)'], ['-rm']],
    });
    expect(csv.split('\r\n').slice(1, 5)).toEqual([
      `"'=HYPERLINK(""http://x"")"`,
      "'+1 555",
      "'@SUM(A1)",
      "'-rm",
    ]);
  });
});
