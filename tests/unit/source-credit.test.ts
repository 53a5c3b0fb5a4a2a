import { describe, expect, test } from 'vitest';
import { needsAttribution } from '@/lib/geodata/attribution';
import { countryName } from '@/lib/i18n/country-names';
import { MESSAGES } from '@/lib/i18n/messages';
import { withCountry } from '@/lib/i18n/uk-cases';
import type { Source } from '@/lib/geodata/source';
import { sourceCredit, sourceLinks } from '@/lib/words/source-credit';

const carried: Source = Object.freeze({
  id: 'ap-x', title: 'Russian forces seize key Ukrainian port', language: 'en', publisher: 'Associated Press', carrier: 'The Iola Register',
  carrierReason: 'original-not-archived', url: 'https://www.iolaregister.com/news/x', date: '2022-03-03',
});
const own: Source = Object.freeze({ id: 'tvp', language: 'pl', publisher: 'TVP Info', url: 'https://www.tvp.info/1/x', date: '2022-03-02' });

describe('sourceCredit', () => {
  test('a carrier’s copy names whose story it is, whose page, and why, in each edition’s words', () => {
    expect(sourceCredit(carried, 'en', MESSAGES.en.details)).toEqual({
      linkText: 'Russian forces seize key Ukrainian port',
      byline: 'Associated Press, in The Iola Register',
      when: '3\u00a0March 2022',
      why: 'Associated Press’s own page was not found in the archive searched',
    });
    expect(sourceCredit(carried, 'uk', MESSAGES.uk.details)).toMatchObject({
      byline: 'Associated Press, у передруку The Iola Register',
      when: '3\u00a0березня 2022\u00a0р., англійською',
      why: 'оригіналу на сайті Associated Press у переглянутому архіві не знайдено',
    });
  });

  test('a page with no title in the archive is linked by its host; another language is said', () => {
    expect(sourceCredit(own, 'en', MESSAGES.en.details)).toEqual({ linkText: 'tvp.info', byline: 'TVP Info', when: '2\u00a0March 2022, in Polish', why: null });
  });

  test('sourceLinks: a byline two sources share gets its date', () => {
    const later = { ...own, id: 'tvp-2', url: 'https://www.tvp.info/2/x', date: '2022-03-03' };
    expect(sourceLinks([own, later, carried], 'en', MESSAGES.en.details).map((l) => l.text)).toEqual([
      'TVP Info, 2\u00a0March 2022',
      'TVP Info, 3\u00a0March 2022',
      'Associated Press, in The Iola Register',
    ]);
  });
});

describe('attribution and Ukrainian cases', () => {
  test('a status with a judgement or a report needs its author; a plain fact does not', () => {
    expect(['seized', 'besieged', 'shelled; surrounded', 'preparing its defence', 'air strike on homes'].map(needsAttribution)).toEqual([true, true, true, true, true]);
    expect(['Capital of Belarus', 'Second round of talks, 3 March 2022'].map(needsAttribution)).toEqual([false, false]);
  });

  test('a basemap country in the edition’s language, from its ISO number; an unknown one is null', () => {
    expect(countryName('616', 'uk')).toBe('Польща');
    expect(countryName('248', 'uk')).toBe('Аландські острови');
    expect(countryName('Kosovo', 'en')).toBe('Kosovo');
    expect(countryName('999', 'uk')).toBeNull();
  });

  test('«з» or «зі» before a country in the instrumental', () => {
    expect(withCountry('Польща')).toBe('з Польщею');
    expect(withCountry('Словаччина')).toBe('зі Словаччиною');
    expect(withCountry('Україна')).toBe('з Україною');
  });
});
