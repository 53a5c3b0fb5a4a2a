import { describe, expect, test } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import { geodata, store, features, byId, country, ukrainianStore } from '@/tests/support/layer-store';
import { mapInWords } from '@/lib/words/map-in-words';
import { ISO_UKRAINE } from '@/lib/config';
import { refugees } from '.';

const ukraine = country(ISO_UKRAINE);

describe('refugees', () => {
  const flows = () => features('refugees').filter((f) => f.properties.kind === 'refugee-flow');

  const onDay = (date: string) => flows().filter((f) => f.properties.snapshotDate === date);

  test('one arrow per neighbouring country for each day with a complete breakdown, largest first; no arrow for people who moved on', () => {
    expect(store.refugees.snapshots.map((s) => s.date)).toEqual(['2022-03-02', '2022-03-03']);
    for (const snapshot of store.refugees.snapshots) {
      const counts = onDay(snapshot.date).map((f) => f.properties.count as number);
      expect(counts.reduce((a, b) => a + b, 0) + snapshot.onwardCount, snapshot.date).toBe(snapshot.total);
      expect([...counts].sort((a, b) => b - a)).toEqual(counts);
      expect(onDay(snapshot.date).map((f) => f.properties.country).sort()).toEqual(['Belarus', 'Hungary', 'Moldova', 'Poland', 'Romania', 'Russia', 'Slovakia']);
    }
    expect(flows().some((f) => f.properties.country === 'Other European countries')).toBe(false);
  });

  test('the story’s day draws UNHCR’s second update of 3 March and states the first beside it', () => {
    const poland = byId('flow-poland-2022-03-03').properties;
    expect(poland).toMatchObject({ count: 547_982, earlierCount: 505_582, previousCount: 453_982, arrivalsTo: '2022-03-02' });
    const hungary = byId('flow-hungary-2022-03-03').properties;
    expect(hungary).toMatchObject({ count: 133_009, earlierCount: 139_686 });
    expect(hungary.caveat).toMatch(/No source found explains/);
    expect(byId('flow-moldova-2022-03-03').properties.earlierCount).toBeNull(); // unchanged between the two updates
    expect(byId('flow-russia-2022-03-03').properties.caveat).toMatch(/an additional 96,000 people had crossed into Russia from the separatist-held areas of the Donetsk and Luhansk regions/);
  });

  test('the width scale is the same on every day, so the arrows grow with the count', () => {
    const before = byId('flow-poland-2022-03-02').properties;
    const after = byId('flow-poland-2022-03-03').properties;
    expect((before.widthKm as number) / (after.widthKm as number)).toBeCloseTo(453_982 / 547_982, 2);
    expect(store.refugees.scale.maxCount).toBe(547_982);
  });

  test('arrow widths are proportional to the counts, apart from the flagged minimum', () => {
    const poland = byId('flow-poland-2022-03-03').properties;
    const hungary = byId('flow-hungary-2022-03-03').properties;
    expect((hungary.widthKm as number) / (poland.widthKm as number)).toBeCloseTo((hungary.count as number) / (poland.count as number), 2);
    expect(byId('flow-belarus-2022-03-03').properties.widthClamped).toBe(true);
    expect(poland.widthClamped).toBe(false);
  });

  test('each neighbour’s arrow starts inside Ukraine and ends inside that country', () => {
    for (const flow of geodata.refugees.flows.filter((f) => !f.onward)) {
      expect(booleanPointInPolygon(flow.from!, ukraine), flow.id).toBe(true);
      expect(booleanPointInPolygon(flow.to!, country(flow.iso!)), flow.id).toBe(true);
    }
  });

  test('every border crossing lies within 5 km of Ukraine’s border as drawn', () => {
    const crossings = features('refugees').filter((f) => f.properties.kind === 'border-crossing');
    expect(crossings.length).toBe(13);
    for (const c of crossings) expect(c.properties.distanceToBorderKm as number, c.properties.id).toBeLessThan(5);
  });

  test('the summary says when the figures were published and to which day they count, and states the earlier update', () => {
    expect(store.refugees.defaultDate).toBe('2022-03-03');
    expect(store.refugees.snapshots.at(-1)).toEqual({ date: '2022-03-03', arrivalsTo: '2022-03-02', total: 1_038_583, onwardCount: 88_147, earlierTotal: 1_002_860 });
    expect(store.refugees.snapshots[0]).toEqual({ date: '2022-03-02', arrivalsTo: '2022-03-01', total: 874_026, onwardCount: 69_600, earlierTotal: null });
    expect(store.refugees.notes.join(' ')).toMatch(/counted in two countries/);
  });

  test('the Russia arrow starts outside the areas held by Russian-backed forces since 2014', () => {
    const russia = geodata.refugees.flows.find((f) => f.id === 'flow-russia')!;
    expect(russia.from![1]).toBeGreaterThan(49.2); // north of the 2014 line in Luhansk oblast (about 48.7–48.9° N)
  });
});

describe('labelAnchor', () => {
  test('pins the label on the side that lets the text run on in the arrow’s direction', async () => {
    const { labelAnchor } = await import('@/lib/layers/refugees/build');
    expect(labelAnchor([25, 50], [22, 50.3])).toBe('right'); // westward
    expect(labelAnchor([38, 48], [40, 47.7])).toBe('left'); // eastward
    expect(labelAnchor([25.7, 48.5], [26.3, 47.4])).toBe('top'); // southward
    expect(labelAnchor([29, 51.3], [29, 52.2])).toBe('bottom'); // northward
  });

  test('a hand-placed anchor in refugees.json wins', () => {
    expect(byId('flow-moldova-2022-03-03').properties.labelAnchor).toBe('top');
  });
});

describe('refugees in Ukrainian', () => {
  test('an arrow’s country and figures, a crossing’s name, the table’s countries', async () => {
    const uk = await ukrainianStore();
    expect(byId('flow-poland-2022-03-03', uk).properties).toMatchObject({ name: 'До Польщі', country: 'Польща' });
    expect(String(byId('flow-poland-2022-03-03', uk).properties.summary)).toContain('547\u00a0982');
    expect(byId('crossing-medyka', uk).properties.name).toBe('Шегині\u00a0— Медика');
    expect(mapInWords(uk, 'uk').refugees.rows.map((r) => r.country)).toContain('Польща');
  });
});

describe('refugees’ tour step', () => {
  test('its caption prints the total the layer draws on the story’s day', () => {
    const story = store.refugees.snapshots.find((s) => s.date === store.refugees.defaultDate)!;
    expect(refugees.tour!.caption.en).toContain(story.total.toLocaleString('en-GB'));
    expect(refugees.tour!.caption.en).toContain('By the end of 2\u00a0March');
  });
});
