import { describe, expect, test } from 'vitest';
import { formatDate, formatDayMonth } from '@/lib/format/format-date';
import { formatCompactCount, formatCount, formatDistance, formatDistanceRange, formatQualifiedCount, formatShare } from '@/lib/format/format-number';

describe('formatDate', () => {
  test('writes ISO dates the way the story does', () => {
    // The day and its month held together: a date never breaks across lines.
    expect(formatDate('2022-03-03')).toBe('3\u00a0March 2022');
    expect(formatDate('2022-02-28')).toBe('28\u00a0February 2022');
    expect(formatDate('2022-03-03', 'en', 'compact')).toBe('3\u00a0March 2022');
  });
  test('returns anything else unchanged instead of throwing', () => {
    expect(formatDate('soon')).toBe('soon');
    expect(formatDate('2022-13-45')).toBe('2022-13-45');
  });
});

describe('number formats', () => {
  test('counts get thousands separators', () => expect(formatCount(1002860)).toBe('1,002,860'));
  test('shares are percentages with one decimal; one that would round to nothing says so', () => {
    expect(formatShare(0.50414)).toBe('50.4%');
    expect(formatShare(0.00034)).toBe('less than 0.1%');
    expect(formatShare(0)).toBe('0.0%');
  });
  test('distances are given in km and miles', () => {
    expect(formatDistance(87.1)).toBe('87\u00a0km (54\u00a0mi)');
    expect(formatDistance(7.9)).toBe('7.9\u00a0km (4.9\u00a0mi)');
    expect(formatDistance(1453.1)).toBe('1,453\u00a0km (903\u00a0mi)');
  });
});

describe('languageNote', () => {
  test('"in Polish" for a page in another language; «польською» in Ukrainian; nothing for the edition’s own', async () => {
    const { languageNote } = await import('@/lib/format/format-language');
    expect(languageNote('pl', 'en')).toBe('in Polish');
    expect(languageNote('pl', 'uk')).toBe('польською');
    expect(languageNote('pcm', 'uk')).toBe('нігерійським піджином');
    expect(languageNote('uk', 'uk')).toBeNull();
    expect(languageNote('en', 'en')).toBeNull();
  });
});

describe('quotedUk', () => {
  test('the full stop goes after the closing quotation mark', async () => {
    const { quotedUk } = await import('@/lib/format/quoted');
    expect(quotedUk('Розпочався другий раунд.')).toBe('«Розпочався другий раунд».');
    expect(quotedUk('Без крапки')).toBe('«Без крапки»');
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
  test('dates as a Ukrainian desk prints them: «року» in running text, «р.» in tables and datelines', () => {
    expect(formatDate('2022-03-03', 'uk')).toBe('3\u00a0березня 2022\u00a0року');
    expect(formatDate('2022-02-24', 'uk', 'text')).toBe('24\u00a0лютого 2022\u00a0року');
    expect(formatDate('2022-02-24', 'uk', 'compact')).toBe('24\u00a0лютого 2022\u00a0р.');
    expect(formatDayMonth('2022-03-01', { locale: 'uk' })).toBe('1\u00a0березня');
    expect(formatDate('not a date', 'uk')).toBe('not a date');
  });

  test('counts with Ukrainian grouping (no-break spaces), shares with a decimal comma', () => {
    expect(formatCount(1002860, 'uk')).toBe('1\u00a0002\u00a0860');
    expect(formatShare(0.5276, 'uk')).toBe('52,8\u00a0%');
    expect(formatShare(0.00034, 'uk')).toBe('менше ніж 0,1\u00a0%');
    expect(formatQualifiedCount(50000, 'more than', 'uk')).toBe('понад 50\u00a0000');
    expect(formatCompactCount(1038583, 'uk')).toBe('1,04\u00a0млн');
  });

  test('kilometres only, with the Ukrainian sign', () => {
    expect(formatDistance(87.4, 'uk')).toBe('87\u00a0км');
    expect(formatDistance(6.5, 'uk')).toBe('6,5\u00a0км');
    expect(formatDistanceRange(87.2, 90.4, 'uk')).toBe('87–90\u00a0км');
    expect(formatDistanceRange(0, 34, 'uk')).toBe('до 34\u00a0км');
    expect(formatDistance(87.4)).toBe('87\u00a0km (54\u00a0mi)');
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
