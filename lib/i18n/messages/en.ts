import { EMBED_TITLES } from '../embed-titles';

/**
 * Every word of the interface in English: the catalogue the Ukrainian one (./uk.ts) must match key
 * for key (a missing or extra key fails the type check and tests/unit/messages.test.ts). Figures
 * and dates come in already formatted (lib/format/, by locale); functions take them as strings.
 * The layers' own words (titles, key, tour) are in their modules; the features' in geodata/.
 */
export const en = {
  page: {
    title: 'Ukraine, 3 March 2022: talks in Belarus, ports seized, a million refugees',
    description:
      'Interactive map of day 8 of Russia’s invasion of Ukraine: the second round of talks in Belarus, Kherson seized and Mariupol besieged, and more than 1 million refugees by receiving country (UNHCR).',
    embedTitle: EMBED_TITLES.en,
    skipToWords: 'Skip to the map in words',
    kicker: "Russia's invasion of Ukraine, day 8 · Thursday 3 March 2022",
    headline: "Talks in Belarus as Russia grips Ukraine's coast and a million flee",
    total: (count: number, arrivalsTo: string | null, published: string, earlier: string | null) =>
      `people had fled Ukraine${arrivalsTo ? ` by the end of ${arrivalsTo}` : ''}, in UNHCR's figures published on ${published}${earlier ? ` (an earlier update that morning: ${earlier})` : ''}.`,
    walkThrough: 'Walk through the story',
    /** On a phone, where the header must leave most of the screen to the map. */
    kickerShort: 'Day 8 of the invasion · 3\u00a0March 2022',
    walkThroughShort: 'Step by step',
    totalShort: (_count: number, arrivalsTo: string | null) => `fled Ukraine${arrivalsTo ? ` by the end of ${arrivalsTo}` : ''} (UNHCR)`,
    panel: 'Map layers, key and the map in words',
    openSheet: 'Layers, key and the map in words',
    closeSheet: 'Close layers and key',
    readWords: 'Read the map in words',
  },
  embed: {
    headline: 'Ukraine, 3 March 2022: talks in Belarus, ports seized, a million flee',
    /** One line under the title: the count and whose figure it is, no cut-off (UNHCR's update states none). */
    total: (_count: number, published: string) => `refugees (UNHCR, published ${published})`,
    key: 'Key',
    climb: 'Refugees day by day',
    words: 'The map in words',
    openFull: 'Open full map ↗',
    /** The same link in a phone-sized frame. */
    openFullShort: 'Full map ↗',
    /** The footer's button that opens the details over the map, and the sheet's own heading and close button. */
    detailsButton: 'Details',
    details: 'Refugees day by day, the map in words, the data',
    closeDetails: 'Close',
  },
  /** Why a layer could not be loaded (components/map/use-layer-data.ts). */
  layerErrors: {
    timeout: 'the server did not answer in time',
    unreachable: 'the server could not be reached',
    http: (status: string) => `the server answered ${status}`,
    notGeojson: 'the server sent something that is not a FeatureCollection',
  },
  layers: { heading: 'Layers', loading: 'loading…', failed: (title: string, message: string) => `${title} could not be loaded (${message}).`, retry: 'Retry' },
  legend: {
    label: 'Legend',
    heading: 'Key',
  },
  status: {
    contextLost:
      "The map's drawing surface was lost (the graphics processor was reset). It will redraw when the browser restores it; the layer panel and key still describe the map.",
    basemapFailed: (message: string) => `The basemap could not be loaded (${message}).`,
    mapProblem: (message: string) => `The map hit a problem: ${message}`,
    layersFailed: (titles: string) => `${titles} could not be loaded; the rest of the map is shown.`,
    retry: 'Retry',
    loading: 'Loading the map…',
    noWebgl: 'This browser cannot draw the map (WebGL is not available).',
    cannotStart: (message: string) => `The map could not start (${message}).`,
    mapFailed: 'The map could not draw.',
    readInstead: 'Read the map in words',
    instead: ' instead.',
  },
  summary: (shown: string) => `Map of Ukraine and its neighbours on 3 March 2022${shown ? `, showing ${shown}` : ''}. The same places and figures are in “The map in words”.`,
  tour: {
    region: 'Walk through the story',
    count: (step: number, of: number) => `Step ${step} of ${of}`,
    previous: '← Previous',
    next: 'Next →',
    close: 'Close tour',
  },
  measure: {
    start: 'Measure a distance',
    stop: 'Stop measuring',
    result: (distance: string) => `Great-circle distance: ${distance}`,
    second: 'Now click the second place.',
    first: 'Click two places on the map.',
  },
  refugeeDate: {
    legend: 'Refugee arrows: UNHCR figures published on',
    arrivals: (day: string) => `Arrivals to the end of ${day}. `,
    earlier: (count: string) => `An earlier update that day said ${count}. `,
    onward: (count: number, formatted: string) => `In this update, ${formatted} ${count === 1 ? 'person' : 'people'} had moved on to other European countries: no arrow, as no route is known.`,
  },
  credit: {
    shows: (date: string) => `Map shows ${date}. `,
    borders: 'Borders: ',
    crimea: ' (Crimea per UN GA res. 68/262)',
    refugees: '. Refugees: ',
    published: (date: string, arrivalsTo: string | null) => `, figures published ${date}${arrivalsTo ? ` (arrivals to ${arrivalsTo})` : ''}`,
    story: '. Story: ETV Bharat, AP, TASS, EFE.',
  },
  downloads: {
    heading: 'Download the data',
    layer: (title: string) => `${title} (GeoJSON)`,
    byCountry: 'Refugees by country (CSV)',
    daily: 'Refugees day by day (CSV)',
    dailyJson: 'Refugees day by day, with every source (JSON)',
    licence: 'Each file names its sources and licence: CC BY 4.0 for the compilation; Natural Earth is public domain.',
  },
  details: {
    /** Before the places a marker stands for at this zoom (a town a few kilometres away): each opens its own details. */
    alsoHere: 'At this scale the marker also stands for',
    loading: 'Loading the details…',
    failed: (message: string) => `The details could not be loaded (${message}).`,
    approximate: 'position approximate',
    storyQuote: 'The story, 3 March 2022',
    reports: 'Reports',
    sources: 'Sources',
    carriedBy: (carrier: string) => `in ${carrier}`,
    carrierReasons: {
      'original-not-archived': (publisher: string) => `${publisher}’s own page was not found in the archive searched`,
      'wire-not-published': (publisher: string) => `${publisher} does not publish its stories on its own site`,
    },
    casualties: (text: string) => `Casualties. ${text}`,
    confidence: (level: string, note: string) => `Confidence: ${level}. ${note}`,
    confidenceLevels: { high: 'high', medium: 'medium', low: 'low' },
    fromKyiv: 'From Kyiv',
    toUkraine: "To Ukraine's border",
    toBorder: (country: string) => `To ${country}'s border`,
    measuredFrom: 'Measured from',
    shadedArea: 'Shaded area',
    upTo: (distance: string) => `up to ${distance} around the point`,
    people: 'People (UNHCR)',
    share: 'Share of all who fled',
    earlier: 'Earlier update that day',
    previous: 'Previous day drawn',
    arrivalsTo: 'Arrivals counted to',
    arrowWidth: 'Arrow width',
    minimumWidth: ', the minimum: too few people to draw to scale',
    toBorderDrawn: 'To the border as drawn',
    ringRadius: 'Ring radius',
    coastLength: 'Length at 1:50m scale',
    close: 'Close',
  },
  words: {
    heading: 'The map in words',
    sources: 'Sources: ',
    rule: 'How the cities were chosen. ',
    show: (name: string) => `Show ${name} on the map`,
  },
  tables: {
    climbHeading: 'Refugees: the count day by day',
    climbCaption:
      'Every total UNHCR published from 24 February to 3 March 2022, as reported at the time. The chart draws the last figure of each day.',
    published: 'Published',
    people: 'People who had fled',
    countingTo: 'Counting to',
    reportedBy: 'Reported by',
    countryHeading: 'Refugees by receiving country',
    countryCaption:
      'People who fled Ukraine, by receiving country, in each UNHCR update whose every figure is sourced. The 2 March figures count arrivals to the end of 1 March; for the 3 March updates, see the notes below.',
    country: 'Country',
    updateHeading: (date: string, time: string | null) => `Published ${date}${time ? `, ${time}` : ''}`,
    arrivalsTo: (date: string) => ` (arrivals to ${date})`,
    movedOn: (country: string) => `${country} (moved on, no arrow)`,
    total: 'Total',
  },
  chart: {
    title: 'The count, day by day',
    description: (first: string, firstDate: string, last: string, lastDate: string) =>
      `Bar chart of UNHCR's count of people who had fled Ukraine, by the day it was published: from ${first} on ${firstDate} to ${last} on ${lastDate}. `,
    valuesInWords: 'The values are in the map in words.',
    noCount: 'no count',
    note: 'Last figure UNHCR published each day (lighter: rounded, as quoted). From 2 March each counts arrivals to the day before.',
  },
  image: {
    save: 'Save as image',
    making: 'Making the image…',
    failed: (message: string) => `The image could not be saved: ${message}.`,
    unknownFailure: 'the image could not be made',
    title: 'Talks in Belarus as Russia grips Ukraine’s coast and a million flee',
    subtitle: (date: string) => `Russia’s invasion of Ukraine, day 8: the map shows ${date}`,
    credit: (published: string | null) => `Borders: Natural Earth. Refugees: UNHCR${published ? `, figures published ${published}` : ''}. Story: ETV Bharat, AP, TASS, EFE.`,
  },
  picture: {
    alt: (total: string, _count: number) =>
      `Map of Ukraine and its neighbours on 3\u00a0March 2022: the talks in Belarus; Kherson seized and Mariupol besieged on the coast, as AP reported; the cities reported struck or shelled; and ${total} refugees by receiving country, in UNHCR's figures.`,
    noWebGl: 'The map as a picture, drawn when the page was built:',
  },
  embedDialog: {
    button: 'Embed',
    heading: 'Embed this map',
    intro: 'Paste this into your article. It shows the current view and layers, and sizes itself to its content.',
    language: 'Language of the embedded map',
    code: 'Embed code',
    copy: 'Copy code',
    copied: 'Copied',
    onClipboard: 'The embed code is on your clipboard.',
    close: 'Close',
    preview: 'Preview',
    previewTitle: (title: string) => `Preview: ${title}`,
    format: 'Format',
    formats: { iframe: 'Interactive map', image: 'Picture with a link (newsletters, apps, RSS)', amp: 'AMP page' },
    ampMore: 'Show the whole map',
    imageNote: 'The picture is the map’s default view, not the view above; it links to the map with your view and layers.',
  },
  /** A quote shown in its English original with a translation beside it: the translation's label (none in English). */
  translationLabel: '',
  /** The link to the other edition, written in that edition's language (and marked lang there). */
  otherEdition: { label: 'Українською', lang: 'uk', title: 'Ця карта українською' },
  embedLanguages: { en: 'English', uk: 'Українська' },
};

/** The shape every language's catalogue has: English's, with every string widened. */
export type Messages = typeof en;
