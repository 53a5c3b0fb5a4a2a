import type { Locale } from './locale';

// The house style a linter can check, for each edition: one place for its rules and word lists, so
// that the next editor extends them here (tests/unit/typography.test.ts runs them over every string
// of both editions: the catalogues, the features' translations, the served layers and the rendered
// pages).

/** Ukrainian months in the genitive, as dates print them. */
const UK_MONTHS = 'січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня';

/**
 * Latin-script words a Ukrainian text may hold beyond outlets' names and sources' titles (which
 * the check is given separately): formats, licences, products and the language link.
 */
export const UK_ALLOWED_LATIN: readonly string[] = [
  'GeoJSON', 'CSV', 'JSON', 'PNG', 'RSS', 'AMP', 'CC', 'BY', 'WebGL', 'Ctrl', 'X', 'Twitter', 'Facebook', 'Telegram', 'Pidgin', 'world-atlas', 'English', 'Sky', 'News',
];

/**
 * Words a Ukrainian newsroom does not print for the war's facts, with what it prints instead: the
 * wire euphemisms and the aggressor's framing (house style).
 */
export const UK_FORBIDDEN_WORDS: readonly { pattern: RegExp; instead: string }[] = [
  { pattern: /підтримуван\p{L}* Росією/iu, instead: 'окуповані Росією з 2014 року райони / території' },
  { pattern: /ОРДЛО/u, instead: 'окуповані Росією з 2014 року райони Донецької та Луганської областей' },
  { pattern: /сепаратист/iu, instead: 'окупаційні / російські сили, за джерелом' },
  { pattern: /\b1[\s\u00a0]мільйон/u, instead: '«мільйон» у тексті, «1 млн» у стислих місцях' },
  { pattern: /президент\p{L}* (Олександр\p{L}* )?Лукашенк/iu, instead: 'Олександр Лукашенко, без «президента»' },
];

/** One broken rule: which, and the text around it. */
export interface TypographyProblem {
  rule: string;
  excerpt: string;
}

interface Rule {
  id: string;
  locales: readonly Locale[];
  pattern: RegExp;
}

const RULES: readonly Rule[] = [
  // Numbers: groups of three with no-break spaces (Ukrainian) or commas (English), never an ordinary space.
  { id: 'ordinary space inside a number', locales: ['en', 'uk'], pattern: /\d (?=\d{3}(?!\d))/g },
  // A unit or «року» is kept on its number's line.
  { id: 'ordinary space before a unit', locales: ['uk'], pattern: /\d (?=(%|км|м|млн|тис\.|р\.|року)(?![\p{L}]))/gu },
  { id: 'ordinary space before a unit', locales: ['en'], pattern: /\d (?=(km|mi|m)\b)/g },
  { id: 'space before a percent sign', locales: ['en'], pattern: /\d[ \u00a0]%/g },
  { id: 'space before punctuation', locales: ['en', 'uk'], pattern: /[ \u00a0][.,;:!?)](?![\d.])/g },
  { id: 'straight quotes', locales: ['en', 'uk'], pattern: /"/g },
  // One dash style: an em dash with a no-break space before it; an en dash only between figures, unspaced.
  { id: 'spaced en dash or hyphen used as a dash', locales: ['uk'], pattern: / [–-] /g },
  { id: 'ordinary space before an em dash', locales: ['uk'], pattern: / —/g },
  { id: 'hyphen used as a dash', locales: ['en'], pattern: / - /g },
  // A full date in Ukrainian ends in «року» (running text) or «р.» (tables); its day and month stay together.
  { id: 'date with a year and no «року»', locales: ['uk'], pattern: new RegExp(`\\d{1,2}[ \\u00a0](${UK_MONTHS})[ \\u00a0]\\d{4}(?![ \\u00a0](року|р\\.))`, 'gu') },
  { id: 'ordinary space between a day and its month', locales: ['uk'], pattern: new RegExp(`\\d (?=(${UK_MONTHS}))`, 'gu') },
  { id: 'ordinary space between a day and its month', locales: ['en'], pattern: /\b\d{1,2} (?=(January|February|March|April|May|June|July|August|September|October|November|December)\b)/g },
  // Time zones and connectives of ours left in English.
  { id: 'an English abbreviation of time', locales: ['uk'], pattern: /\b(GMT|CET|UTC|EET)\b/g },
];

/** Where a match sits, with a few characters either side. */
const excerpt = (text: string, index: number) => text.slice(Math.max(0, index - 25), index + 25).replace(/\n/g, ' ');

/**
 * The house-style problems of one text of an edition. `names` are outlets' names and titles as
 * published, which a Ukrainian text may hold in Latin script; they are taken out before the
 * English-word check.
 *
 * @example typographyProblems('1 038 583 людини', 'uk') // => [{ rule: 'ordinary space inside a number', excerpt: '1 038 583 людини' }]
 */
export function typographyProblems(text: string, locale: Locale, names: readonly string[] = []): TypographyProblem[] {
  const problems: TypographyProblem[] = [];
  for (const rule of RULES) {
    if (!rule.locales.includes(locale)) continue;
    for (const match of text.matchAll(rule.pattern)) problems.push({ rule: rule.id, excerpt: excerpt(text, match.index) });
  }
  if (locale === 'uk') {
    for (const word of UK_FORBIDDEN_WORDS) {
      const match = word.pattern.exec(text);
      if (match) problems.push({ rule: `not in the house style: ${match[0]} (instead: ${word.instead})`, excerpt: excerpt(text, match.index) });
    }
    // Outlets' names and titles may be Latin; the longest first, so that "BBC Pidgin" goes before "BBC".
    let rest = text;
    for (const name of [...names].sort((a, b) => b.length - a.length)) rest = rest.split(name).join(' ');
    const allowed = new Set(UK_ALLOWED_LATIN);
    for (const match of rest.matchAll(/[A-Za-z][A-Za-z'’.-]*[A-Za-z]|\b[A-Za-z]\b/g)) {
      if (!allowed.has(match[0])) problems.push({ rule: `an English word: ${match[0]}`, excerpt: excerpt(rest, match.index) });
    }
  }
  return problems;
}
