import { describe, expect, test } from 'vitest';
import { formatDate } from '@/lib/format/format-date';
import { formatCount, formatDistance, formatShare } from '@/lib/format/format-number';

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
