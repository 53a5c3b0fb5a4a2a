import { CARRIER_KINDS, type CopySiteRecord, type PublisherRecord, type SourceRecord } from './schema';

/** The host of a URL, lowercase, without `www.`. */
export function urlHost(url: string): string {
  return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
}

/** True when `host` is `site` or one of its subdomains. */
export function isOnHost(host: string, site: string): boolean {
  return host === site || host.endsWith(`.${site}`);
}

/**
 * The standards desk's rule for sources, one problem per line (none: every source passes):
 * - its publisher and carrier are in the publishers table;
 * - its URL is on its publisher's own site, or on its carrier's, where it names one, with a reason;
 * - a carrier is a news organisation (a newspaper, broadcaster or news site);
 * - its URL is on no known copy site (scrapers, content farms, aggregators, reposts).
 *
 * @example sourceHostProblems([{ id: 'a', publisher: 'ap', url: 'https://example.com/x', … }], publishers, [])
 * // => ['a: https://example.com/x is not on a site of Associated Press (apnews.com), and the source names no carrier']
 */
export function sourceHostProblems(
  sources: readonly SourceRecord[],
  publishers: readonly PublisherRecord[],
  copySites: readonly CopySiteRecord[],
): string[] {
  const byId = new Map(publishers.map((p) => [p.id, p]));
  const problems: string[] = [];
  for (const source of sources) {
    const host = urlHost(source.url);
    const copy = copySites.find((c) => isOnHost(host, c.host));
    if (copy) problems.push(`${source.id}: ${host} is a copy site (${copy.what})`);
    const publisher = byId.get(source.publisher);
    if (!publisher) {
      problems.push(`${source.id}: publisher "${source.publisher}" is not in publishers.json`);
      continue;
    }
    const onPublisher = publisher.hosts.some((site) => isOnHost(host, site));
    if (source.carrier === undefined) {
      if (!onPublisher) {
        problems.push(`${source.id}: ${source.url} is not on a site of ${publisher.name} (${publisher.hosts.join(', ')}), and the source names no carrier`);
      }
      continue;
    }
    const carrier = byId.get(source.carrier);
    if (!carrier) {
      problems.push(`${source.id}: carrier "${source.carrier}" is not in publishers.json`);
      continue;
    }
    if (onPublisher) problems.push(`${source.id}: the page is on ${publisher.name}'s own site, so it needs no carrier`);
    if (!CARRIER_KINDS.includes(carrier.kind)) problems.push(`${source.id}: ${carrier.name} is a ${carrier.kind}, not a news organisation that carries others' stories`);
    if (!carrier.hosts.some((site) => isOnHost(host, site))) {
      problems.push(`${source.id}: ${source.url} is not on a site of its carrier ${carrier.name} (${carrier.hosts.join(', ')})`);
    }
  }
  for (const publisher of publishers) {
    const copy = copySites.find((c) => publisher.hosts.some((site) => isOnHost(site, c.host)));
    if (copy) problems.push(`publisher ${publisher.id}: ${copy.host} is a copy site, not a publisher's own site`);
  }
  return problems;
}
