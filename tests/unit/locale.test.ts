import { describe, expect, test } from 'vitest';
import { isLocale, localeOfPath, pagePath } from '@/lib/i18n/locale';

describe('editions by language', () => {
  test('English at / and /embed, Ukrainian at /uk and /uk/embed', () => {
    expect(pagePath('map', 'en')).toBe('/');
    expect(pagePath('embed', 'en')).toBe('/embed');
    expect(pagePath('map', 'uk')).toBe('/uk');
    expect(pagePath('embed', 'uk')).toBe('/uk/embed');
  });

  test('a path’s edition: /uk and below are Ukrainian, nothing else is', () => {
    expect(localeOfPath('/uk')).toBe('uk');
    expect(localeOfPath('/uk/embed')).toBe('uk');
    expect(localeOfPath('/ukraine')).toBe('en');
    expect(localeOfPath('/embed')).toBe('en');
    expect(isLocale('uk')).toBe(true);
    expect(isLocale('ru')).toBe(false);
  });
});
