import { describe, expect, test } from 'vitest';
import { formatDate, formatDayMonth } from '@/lib/format/format-date';
import { formatCompactCount, formatCount, formatDistance, formatDistanceRange, formatQualifiedCount, formatShare } from '@/lib/format/format-number';

describe('formatDate', () => {
  test('writes ISO dates the way the story does', () => {
    expect(formatDate('2022-03-03')).toBe('3 March 2022');
    expect(formatDate('2022-02-28')).toBe('28 February 2022');
  });
  test('returns anything else unchanged instead of throwing', () => {
    expect(formatDate('soon')).toBe('soon');
    expect(formatDate('2022-13-45')).toBe('2022-13-45');
  });
});

describe('number formats', () => {
  test('counts get thousands separators', () => expect(formatCount(1002860)).toBe('1,002,860'));
  test('shares are percentages with one decimal', () => expect(formatShare(0.50414)).toBe('50.4 %'));
  test('distances are given in km and miles', () => {
    expect(formatDistance(87.1)).toBe('87 km (54 mi)');
    expect(formatDistance(7.9)).toBe('7.9 km (4.9 mi)');
    expect(formatDistance(1453.1)).toBe('1,453 km (903 mi)');
  });
});

describe('shortPlaceName', () => {
  test('drops the qualifiers after a parenthesis or a comma', async () => {
    const { shortPlaceName } = await import('@/lib/format/short-place-name');
    expect(shortPlaceName('Belovezhskaya Pushcha (Białowieża Forest), Brest region')).toBe('Belovezhskaya Pushcha');
    expect(shortPlaceName('Gomel region, on the Pripyat river')).toBe('Gomel region');
    expect(shortPlaceName('Kherson')).toBe('Kherson');
  });
});

describe('Ukrainian formats (Intl, uk)', () => {
  test('dates as Ukrainian news sites print them, without "р."', () => {
    expect(formatDate('2022-03-03', 'uk')).toBe('3 березня 2022');
    expect(formatDate('2022-02-24', 'uk')).toBe('24 лютого 2022');
    expect(formatDayMonth('2022-03-01', { locale: 'uk' })).toBe('1 березня');
    expect(formatDate('not a date', 'uk')).toBe('not a date');
  });

  test('counts with Ukrainian grouping (no-break spaces), shares with a decimal comma', () => {
    expect(formatCount(1002860, 'uk')).toBe('1\u00a0002\u00a0860');
    expect(formatShare(0.5276, 'uk')).toBe('52,8 %');
    expect(formatQualifiedCount(50000, 'more than', 'uk')).toBe('понад 50\u00a0000');
    expect(formatCompactCount(1038583, 'uk')).toBe('1,04\u00a0млн');
  });

  test('kilometres only, with the Ukrainian sign', () => {
    expect(formatDistance(87.4, 'uk')).toBe('87 км');
    expect(formatDistance(6.5, 'uk')).toBe('6,5 км');
    expect(formatDistanceRange(87.2, 90.4, 'uk')).toBe('87–90 км');
    expect(formatDistanceRange(0, 34, 'uk')).toBe('до 34 км');
    expect(formatDistance(87.4)).toBe('87 km (54 mi)');
  });
});

describe('Ukrainian plurals (Intl.PluralRules)', () => {
  test('the noun agrees with the count’s last digits', async () => {
    const { ukPlural } = await import('@/lib/i18n/plural');
    const forms = { one: 'людина', few: 'людини', many: 'людей' };
    expect([1, 21, 51261, 1038583, 547982, 12, 14, 5, 11, 453985].map((n) => ukPlural(n, forms))).toEqual([
      'людина', 'людина', 'людина', 'людини', 'людини', 'людей', 'людей', 'людей', 'людей', 'людей',
    ]);
  });
});
