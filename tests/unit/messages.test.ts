import { describe, expect, test } from 'vitest';
import { MESSAGES } from '@/lib/i18n/messages';
import { LAYERS } from '@/lib/layers/layers';

/** Every key path of a catalogue, with the kind of its value. */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => shape(v, `${path}.${k}`));
  return [`${path}:${typeof value}`];
}

/** Every string a catalogue prints, functions called with placeholder arguments. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return [String((value as (...a: unknown[]) => unknown)('«1»', '«2»', '«3»', '«4»'))];
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

describe('the catalogues', () => {
  test('Ukrainian has exactly English’s keys, each of the same kind (the type check says so too)', () => {
    expect(shape(MESSAGES.uk)).toEqual(shape(MESSAGES.en));
  });

  test('no Ukrainian string is empty or left in English, apart from names that are the same in both', () => {
    const same = new Set(['English', 'Українська', 'Natural Earth', '«1» (GeoJSON)']);
    const en = new Set(strings(MESSAGES.en));
    for (const text of strings(MESSAGES.uk)) {
      expect(text.trim(), 'empty').not.toBe('');
      if (!same.has(text)) expect(en.has(text), `left in English: ${text}`).toBe(false);
    }
  });

  test('every layer’s words exist in both languages', () => {
    for (const layer of LAYERS) {
      for (const text of [layer.title, layer.description, ...layer.legend.map((e) => e.text), ...(layer.words ? [layer.words.title] : [])]) {
        expect(text.uk, `${layer.id}: ${text.en}`).toMatch(/[а-яіїєґ]/i);
        expect(text.en, layer.id).toMatch(/[a-z]/i);
      }
      if (layer.tour) {
        expect(layer.tour.caption.uk).toMatch(/[а-яіїєґ]/i);
        expect(layer.tour.quoteTranslation.uk).toMatch(/[а-яіїєґ]/i);
      }
    }
  });
});
