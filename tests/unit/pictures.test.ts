import { PNG } from 'pngjs';
import { describe, expect, test } from 'vitest';
import { PALETTE, PALETTE_DARK } from '@/lib/config';
import { typographyProblems } from '@/lib/i18n/typography';
import { projectInPicture } from '@/lib/picture/map-picture';
import { pictureWords } from '@/lib/picture/picture-words';
import { pictureSvg } from '@/lib/picture/pictures';
import { renderPng } from '@/lib/picture/render-png';
import { byId, geodata, store, ukrainianStore } from '@/tests/support/layer-store';

const uk = await ukrainianStore();
const png = (svg: string) => PNG.sync.read(renderPng(svg));
const pixel = (image: PNG, [x, y]: [number, number]) => {
  const i = (Math.round(y) * image.width + Math.round(x)) * 4;
  return [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!];
};
const hex = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

describe('the map as a picture (lib/picture/)', () => {
  test('the key’s swatches are the scheme’s colours: the dark card’s are the dark map’s', () => {
    const drawn = store.refugees.snapshots.find((snapshot) => snapshot.date === store.refugees.defaultDate)!;
    const light = pictureWords('en', drawn, 'light').key.map((line) => line.colour);
    const dark = pictureWords('en', drawn, 'dark').key.map((line) => line.colour);
    expect(light).toContain(PALETTE.refugeeFlow);
    expect(dark).toContain(PALETTE_DARK.refugeeFlow);
    expect(dark).not.toContain(PALETTE.refugeeFlow);
  });

  test.each([
    ['card', 1200, 630],
    ['map-640', 640, null],
    ['map-1280', 1280, null],
  ] as const)('%s is %i px wide (and 630 high for the card), in both languages and schemes', (kind, width, height) => {
    for (const s of [store, uk]) {
      for (const scheme of ['light', 'dark'] as const) {
        const picture = pictureSvg(kind, s, s === store ? 'en' : 'uk', scheme);
        const image = png(picture.svg);
        expect([image.width, image.height]).toEqual([width, picture.height]);
        if (height) expect(image.height).toBe(height);
      }
    }
  });

  test('is not blank: its pixels vary as a map’s do', () => {
    const image = png(pictureSvg('map-640', store, 'en', 'light').svg);
    const values = Array.from({ length: image.width * image.height }, (_, i) => image.data[i * 4]! + image.data[i * 4 + 1]! + image.data[i * 4 + 2]!);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length;
    expect(Math.sqrt(variance)).toBeGreaterThan(20);
    expect(new Set(values).size).toBeGreaterThan(200);
  });

  test('draws Kyiv’s marker where Kyiv projects, in the capital’s colour; the sea where the Black Sea is', () => {
    const image = png(pictureSvg('map-1280', store, 'en', 'light').svg);
    const mapHeight = Math.round(1280 * 0.6875);
    const kyiv = (byId('kyiv').geometry as unknown as { coordinates: [number, number] }).coordinates;
    expect(pixel(image, projectInPicture(kyiv, 1280, mapHeight))).toEqual(hex(PALETTE.capital));
    expect(pixel(image, projectInPicture([34, 43.6], 1280, mapHeight))).toEqual(hex(PALETTE.sea));
  });

  test('the Ukrainian picture is all Ukrainian: every word it prints keeps the house style, outlets’ names apart', () => {
    const names = [...geodata.publishers.flatMap((p) => [p.name, ...(p.short ? [p.short] : []), ...(p.nameUk ? [p.nameUk] : [])]), 'Natural Earth'];
    for (const kind of ['card', 'map-640'] as const) {
      const words = texts(pictureSvg(kind, uk, 'uk', 'light').svg);
      expect(words.length).toBeGreaterThan(20);
      const problems = words.flatMap((w) => typographyProblems(w, 'uk', names).map((p) => `${p.rule}: ${w}`));
      expect(problems).toEqual([]);
    }
    expect(texts(pictureSvg('card', uk, 'uk', 'light').svg).join(' ')).toContain('Київ');
    expect(texts(pictureSvg('card', store, 'en', 'light').svg).join(' ')).toContain('Kyiv');
  });

  test('says what the page says of the figures: published 3 March 2022, arrivals to 2 March', () => {
    const words = texts(pictureSvg('card', store, 'en', 'light').svg).join(' ');
    expect(words).toContain('figures published 3\u00a0March 2022 (arrivals to 2\u00a0March 2022)');
    expect(words).toContain('1,038,583');
  });
});
