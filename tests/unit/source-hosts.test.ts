import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { copySitesSchema, publishersSchema, sourcesSchema, type SourceRecord } from '@/lib/geodata/schema';
import { isOnHost, sourceHostProblems, urlHost } from '@/lib/geodata/source-hosts';

const read = (file: string) => JSON.parse(readFileSync(`geodata/${file}`, 'utf8'));
const sources = sourcesSchema.parse(read('sources.json'));
const publishers = publishersSchema.parse(read('publishers.json'));
const copySites = copySitesSchema.parse(read('copy-sites.json'));

const ap: SourceRecord = { id: 'ap-x', language: 'en', publisher: 'ap', url: 'https://apnews.com/article/x', date: '2022-03-03' };
const problems = (list: SourceRecord[]) => sourceHostProblems(Object.freeze(list), publishers, copySites);

describe('the standards desk’s rule for sources', () => {
  test('every committed source is on its publisher’s own site, or on a named news organisation’s, with a reason', () => {
    expect(sourceHostProblems(sources, publishers, copySites)).toEqual([]);
  });

  test('a source on its publisher’s site, or a subdomain of it, passes', () => {
    expect(problems([ap, { ...ap, id: 'ap-y', url: 'https://www.apnews.com/x' }])).toEqual([]);
    expect(isOnHost('en.interfax.com.ua', 'interfax.com.ua')).toBe(true);
    expect(isOnHost('notinterfax.com.ua', 'interfax.com.ua')).toBe(false);
    expect(urlHost('https://www.BBC.com/pidgin/x')).toBe('bbc.com');
  });

  test('a source on another host fails unless it names its carrier and why', () => {
    const copy = { ...ap, url: 'https://www.iolaregister.com/news/x' };
    expect(problems([copy])).toEqual(['ap-x: https://www.iolaregister.com/news/x is not on a site of Associated Press (apnews.com), and the source names no carrier']);
    expect(problems([{ ...copy, carrier: 'iola-register', carrierReason: 'original-not-archived' }])).toEqual([]);
  });

  test('a carrier must be a news organisation, and the page must be on its site', () => {
    expect(problems([{ ...ap, url: 'https://www.reuters.com/x', carrier: 'reuters', carrierReason: 'original-not-archived' }])).toEqual([
      "ap-x: Reuters is a wire, not a news organisation that carries others' stories",
    ]);
    expect(problems([{ ...ap, url: 'https://example.org/x', carrier: 'iola-register', carrierReason: 'original-not-archived' }])[0]).toMatch(
      /is not on a site of its carrier The Iola Register/,
    );
  });

  test('a known copy site fails even when it is named as a carrier', () => {
    const scraped = { ...ap, url: 'https://lavernecommunitynews.com/x', carrier: 'iola-register', carrierReason: 'original-not-archived' as const };
    expect(problems([scraped])[0]).toBe('ap-x: lavernecommunitynews.com is a copy site (a community-news site that reposts other outlets\' stories)');
  });

  test('an unknown publisher or carrier fails, naming it', () => {
    expect(problems([{ ...ap, publisher: 'nobody' }])).toEqual(['ap-x: publisher "nobody" is not in publishers.json']);
    expect(problems([{ ...ap, url: 'https://x.org/a', carrier: 'nobody', carrierReason: 'original-not-archived' }])).toEqual(['ap-x: carrier "nobody" is not in publishers.json']);
  });

  test('the copies the desk found are on the list of copy sites, and no publisher’s own site is', () => {
    for (const host of ['lavernecommunitynews.com', 'mystylenews.com', 'muslimnetwork.tv', 'urdupoint.com', 'lapropuestadigital.com']) {
      expect(copySites.map((c) => c.host), host).toContain(host);
    }
    expect(sourceHostProblems([], [...publishers, { id: 'scraper', name: 'Scraper', kind: 'news-site', hosts: ['mystylenews.com'] }], copySites)).toEqual([
      'publisher scraper: mystylenews.com is a copy site, not a publisher\'s own site',
    ]);
  });

  test('every publisher is cited by some source, and every carried copy says why', () => {
    const named = new Set(sources.flatMap((s) => [s.publisher, ...(s.carrier ? [s.carrier] : [])]));
    expect(publishers.filter((p) => !named.has(p.id)).map((p) => p.id)).toEqual([]);
    for (const s of sources.filter((x) => x.carrier)) expect(s.carrierReason, s.id).toBeDefined();
  });
});
