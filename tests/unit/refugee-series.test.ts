import { describe, expect, test } from 'vitest';
import { loadGeodata } from '@/lib/geodata/load-geodata';
import { buildRefugeeSeries, drawnBreakdown, earlierBreakdown } from '@/lib/refugees/refugee-series';
import { refugeeLinkDate, resolveRefugeeDate } from '@/lib/refugees/resolve-refugee-date';
import { REFUGEES_DATED, REFUGEES_LAYERS } from '@/lib/layers/refugees/definition';
import { styleLayerForDate } from '@/lib/layers/style-layer';

const geodata = loadGeodata();
const series = buildRefugeeSeries(geodata);

describe('buildRefugeeSeries', () => {
  test('every published total from 25 February to 3 March, in order, each with a cut-off and sources; no figure is invented for 24 February', () => {
    const dates = series.series.map((e) => e.date);
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(dates)).toEqual(new Set(['2022-02-25', '2022-02-26', '2022-02-27', '2022-02-28', '2022-03-01', '2022-03-02', '2022-03-03']));
    expect(dates).not.toContain('2022-02-24');
    expect(series.gaps.map((g) => g.date)).toEqual(['2022-02-24']);
    for (const e of series.series) {
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      expect(e.cutoff.length, e.id).toBeGreaterThan(0);
    }
  });

  test('exactly one figure per day is the last of that day, and the count never falls from one day to the next', () => {
    const last = series.series.filter((e) => e.lastOfDay);
    expect(last.map((e) => e.date)).toEqual([...new Set(series.series.map((e) => e.date))]);
    for (let i = 1; i < last.length; i++) expect(last[i]!.total, last[i]!.date).toBeGreaterThan(last[i - 1]!.total);
  });

  test('a cut-off is given only where the sources support one: to the day before, never for the first update of 3 March', () => {
    for (const e of series.series.filter((x) => x.arrivalsTo !== null)) {
      expect(Date.parse(e.date) - Date.parse(e.arrivalsTo!), e.id).toBe(86_400_000);
    }
    const third = series.series.filter((e) => e.date === '2022-03-03');
    expect(third.map((e) => [e.total, e.arrivalsTo])).toEqual([
      [1_002_860, null],
      [1_038_583, '2022-03-02'],
    ]);
    expect(third[0]!.cutoff).toMatch(/not stated/);
  });

  test('three complete breakdowns, each adding up to its total; the figures no report states are derived, and say so', () => {
    expect(series.breakdowns.map((b) => b.total)).toEqual([874_026, 1_002_860, 1_038_583]);
    for (const b of series.breakdowns) expect(b.countries.reduce((s, c) => s + c.count, 0)).toBe(b.total);
    const derived = series.breakdowns.flatMap((b) => b.countries.filter((c) => c.derived !== null));
    expect(derived.map((c) => [c.country, c.count])).toEqual([
      ['Hungary', 116_348],
      ['Belarus', 357],
    ]);
    for (const c of derived) expect(c.derived).toMatch(/what remains of/);
  });

  test('the second update of 3 March differs from the first only in Poland and Hungary', () => {
    const [first, second] = [earlierBreakdown(series, '2022-03-03')!, drawnBreakdown(series, '2022-03-03')!];
    const changed = second.countries.filter((c) => first.countries.find((f) => f.flowId === c.flowId)!.count !== c.count);
    expect(changed.map((c) => c.country)).toEqual(['Poland', 'Hungary']);
    expect(second.total - first.total).toBe(42_400 - 6_677);
  });

  test('the map draws the last complete breakdown of each day, and 3 March by default', () => {
    expect(series.drawnDates).toEqual(['2022-03-02', '2022-03-03']);
    expect(series.defaultDate).toBe('2022-03-03');
    expect(drawnBreakdown(series, '2022-03-03')!.total).toBe(1_038_583);
    expect(earlierBreakdown(series, '2022-03-02')).toBeUndefined();
    expect(drawnBreakdown(series, '2022-02-27')).toBeUndefined();
  });
});

describe('resolveRefugeeDate', () => {
  test('keeps a day the map can draw and falls back for any other', () => {
    expect(resolveRefugeeDate('2022-03-02', series.drawnDates, series.defaultDate)).toBe('2022-03-02');
    expect(resolveRefugeeDate('2022-02-27', series.drawnDates, series.defaultDate)).toBe('2022-03-03');
    expect(resolveRefugeeDate(null, series.drawnDates, series.defaultDate)).toBe('2022-03-03');
  });
});

describe('refugeeLinkDate', () => {
  test('a link names the day only when it is not the default', () => {
    expect(refugeeLinkDate('2022-03-03', series.defaultDate)).toBeNull();
    expect(refugeeLinkDate('2022-03-02', series.defaultDate)).toBe('2022-03-02');
  });
});

describe('styleLayerForDate', () => {
  test('a dated layer’s style layers show only the chosen day; the others every day; the definitions are not mutated', () => {
    const frozen = REFUGEES_LAYERS.map((l) => Object.freeze({ ...l }));
    const [fill, outline, crossing] = frozen.map((l) => styleLayerForDate(l, REFUGEES_DATED, '2022-03-02'));
    expect(JSON.stringify(fill!.filter)).toContain('["==",["get","snapshotDate"],"2022-03-02"]');
    expect(JSON.stringify(outline!.filter)).toContain('"2022-03-02"');
    expect(crossing).toBe(frozen[2]);
    expect(JSON.stringify(REFUGEES_LAYERS[0].filter)).not.toContain('snapshotDate');
  });
});

describe('GET /api/refugees/daily', () => {
  test('answers JSON: the series in date order, the breakdowns and the gaps, each figure with its sources', async () => {
    const { GET } = await import('@/app/api/refugees/daily/route');
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('cache-control')).toMatch(/public/);
    const body = (await response.json()) as typeof series & { licence: string };
    expect(body.series.map((e) => e.date)).toEqual(series.series.map((e) => e.date));
    expect(body.series[0]).toMatchObject({ date: '2022-02-25', total: 50_000, qualifier: 'more than', sources: [expect.objectContaining({ url: expect.stringMatching(/^https:/) })] });
    expect(body.breakdowns).toHaveLength(3);
    expect(body.gaps[0]).toMatchObject({ date: '2022-02-24' });
    expect(body.licence).toMatch(/CC BY 4\.0/);
  });
});
