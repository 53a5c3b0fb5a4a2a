import { EMBED_TITLES } from '../embed-titles';
import { ukPlural as byCount } from '../plural';
import { withCountry } from '../uk-cases';
import type { Messages } from './en';

/**
 * Every word of the interface in Ukrainian, in the register of a Ukrainian news site. Terms follow
 * Ukrainian media usage: «гуманітарні коридори», «Офіс Президента», «УВКБ ООН» (UNHCR), «ДСНС».
 * Quotes from English sources stay in English with a translation beside them, labelled as one.
 */
export const uk: Messages = {
  page: {
    title: 'Україна, 3 березня 2022 року: переговори в Білорусі, захоплені порти, мільйон біженців',
    description:
      'Інтерактивна карта восьмого дня повномасштабного вторгнення Росії в Україну: другий раунд переговорів у Білорусі, захоплений Херсон, Маріуполь в облозі, понад мільйон біженців за країнами, що їх прийняли (УВКБ ООН).',
    embedTitle: EMBED_TITLES.uk,
    skipToWords: 'Перейти до текстової версії карти',
    kicker: 'Повномасштабне вторгнення Росії в Україну, день 8 · четвер, 3 березня 2022 року',
    headline: 'Переговори в Білорусі, поки Росія бере в лещата узбережжя України, а мільйон людей тікає від війни',
    total: (count: number, arrivalsTo: string | null, published: string, earlier: string | null) =>
      `${byCount(count, { one: 'людина виїхала', few: 'людини виїхали', many: 'людей виїхали' })} з України${arrivalsTo ? ` до кінця ${arrivalsTo}` : ''}, за даними УВКБ ООН, оприлюдненими ${published}${earlier ? ` (попереднє оновлення того ж ранку: ${earlier})` : ''}.`,
    walkThrough: 'Пройти історію крок за кроком',
    /** На телефоні, де шапка має лишити більшу частину екрана карті. */
    kickerShort: 'День 8 вторгнення · 3 березня 2022 року',
    walkThroughShort: 'Крок за кроком',
    totalShort: (count: number, arrivalsTo: string | null) => `${byCount(count, { one: 'біженець', few: 'біженці', many: 'біженців' })}${arrivalsTo ? ` на кінець ${arrivalsTo}` : ''} (УВКБ ООН)`,
    panel: 'Шари карти, легенда й текстова версія карти',
    openSheet: 'Шари, легенда й текстова версія карти',
    closeSheet: 'Закрити шари й легенду',
    readWords: 'Читати текстову версію карти',
  },
  embed: {
    headline: 'Україна, 3 березня 2022 року: переговори в Білорусі, захоплені порти, мільйон біженців',
    total: (count: number, published: string) =>
      `${byCount(count, { one: 'біженець з України', few: 'біженці з України', many: 'біженців з України' })} (дані УВКБ ООН, оприлюднені ${published})`,
    key: 'Легенда',
    climb: 'Біженці день за днем',
    words: 'Текстова версія карти',
    openFull: 'Відкрити повну карту ↗',
    openFullShort: 'Повна карта ↗',
    detailsButton: 'Докладніше',
    details: 'Біженці день за днем, текстова версія карти, дані',
    closeDetails: 'Закрити',
  },
  layerErrors: {
    timeout: 'сервер не відповів вчасно',
    unreachable: 'не вдалося з’єднатися із сервером',
    http: (status: string) => `сервер відповів ${status}`,
    notGeojson: 'сервер надіслав дані в неправильному форматі',
  },
  layers: {
    heading: 'Шари',
    loading: 'завантаження…',
    failed: (title: string, message: string) => `Не вдалося завантажити шар «${title}» (${message}).`,
    retry: 'Спробувати ще раз',
  },
  legend: {
    label: 'Легенда',
    heading: 'Легенда',
  },
  status: {
    contextLost:
      'Карта зникла, бо перезавантажився графічний процесор. Вона з’явиться знову, щойно браузер відновить роботу; панель шарів і легенда й далі описують карту.',
    basemapFailed: (message: string) => `Не вдалося завантажити основу карти (${message}).`,
    mapProblem: (message: string) => `Під час роботи карти сталася помилка: ${message}`,
    layersFailed: (titles: string) => `Не вдалося завантажити: ${titles}; решту карти показано.`,
    retry: 'Спробувати ще раз',
    loading: 'Завантаження карти…',
    noWebgl: 'Цей браузер не може показати карту (немає WebGL).',
    cannotStart: (message: string) => `Карту не вдалося запустити (${message}).`,
    mapFailed: 'Карту не вдалося намалювати.',
    readInstead: 'Натомість прочитайте текстову версію карти',
    instead: '.',
  },
  summary: (shown: string) =>
    `Карта України та сусідніх країн 3 березня 2022 року${shown ? `; показано: ${shown}` : ''}. Ті самі місця й цифри є в розділі «Текстова версія карти».`,
  tour: {
    region: 'Історія крок за кроком',
    count: (step: number, of: number) => `Крок ${step} з ${of}`,
    previous: '← Назад',
    next: 'Далі →',
    close: 'Закрити',
  },
  measure: {
    start: 'Виміряти відстань',
    stop: 'Завершити вимірювання',
    result: (distance: string) => `Відстань по дузі великого кола: ${distance}`,
    second: 'Тепер клацніть друге місце.',
    first: 'Клацніть два місця на карті.',
  },
  refugeeDate: {
    legend: 'Стрілки біженців: дані УВКБ ООН, оприлюднені',
    arrivals: (day: string) => `Прибуття до кінця ${day}. `,
    earlier: (count: string) => `Попереднє оновлення того дня: ${count}. `,
    onward: (count: number, formatted: string) =>
      `У цьому оновленні ${formatted} ${byCount(count, { one: 'людина вже вирушила', few: 'людини вже вирушили', many: 'людей уже вирушили' })} далі, до інших країн Європи; стрілки для них немає, бо маршрут невідомий.`,
  },
  credit: {
    shows: (date: string) => `Карта станом на ${date}. `,
    borders: 'Кордони: ',
    crimea: ' (Крим — частина України згідно з резолюцією Генасамблеї ООН 68/262)',
    refugees: '. Біженці: ',
    published: (date: string, arrivalsTo: string | null) => `, дані оприлюднено ${date}${arrivalsTo ? ` (прибуття до кінця ${arrivalsTo})` : ''}`,
    story: '. За матеріалами: ETV Bharat, AP, ТАСС, EFE.',
  },
  downloads: {
    heading: 'Завантажити дані',
    layer: (title: string) => `${title} (GeoJSON)`,
    byCountry: 'Біженці за країнами (CSV, англійською)',
    daily: 'Біженці день за днем (CSV, англійською)',
    dailyJson: 'Біженці день за днем, з усіма джерелами (JSON, англійською)',
    licence: 'У кожному файлі зазначено його джерела й ліцензію: добірка — CC BY 4.0, дані Natural Earth — суспільне надбання.',
  },
  details: {
    alsoHere: 'У цьому масштабі позначка означає також',
    loading: 'Завантаження подробиць…',
    failed: (message: string) => `Не вдалося завантажити подробиці (${message}).`,
    approximate: 'розташування приблизне',
    storyQuote: 'З матеріалу ETV Bharat від 3 березня 2022 року',
    reports: 'Повідомлення',
    sources: 'Джерела',
    carriedBy: (carrier: string) => `у передруку ${carrier}`,
    carrierReasons: {
      'original-not-archived': (publisher: string) => `оригіналу на сайті ${publisher} у переглянутому архіві не знайдено`,
      'wire-not-published': (publisher: string) => `${publisher} не публікує своїх матеріалів на власному сайті`,
    },
    casualties: (text: string) => `Жертви. ${text}`,
    confidence: (level: string, note: string) => `Достовірність: ${level}. ${note}`,
    confidenceLevels: { high: 'висока', medium: 'середня', low: 'низька' },
    fromKyiv: 'Від Києва',
    toUkraine: 'До кордону з Україною',
    toBorder: (country: string) => `До кордону ${withCountry(country)}`,
    measuredFrom: 'Виміряно від',
    shadedArea: 'Заштрихована зона',
    upTo: (distance: string) => `до ${distance} навколо точки`,
    people: 'Людей (УВКБ ООН)',
    share: 'Частка від усіх, хто виїхав',
    earlier: 'Попереднє оновлення того дня',
    previous: 'Попередній показаний день',
    arrivalsTo: 'Прибуття враховано до кінця дня',
    arrowWidth: 'Ширина стрілки',
    minimumWidth: ', мінімальна: людей надто мало, щоб показати в масштабі',
    toBorderDrawn: 'До кордону на карті',
    ringRadius: 'Радіус кола',
    coastLength: 'Довжина в масштабі 1:50 млн',
    close: 'Закрити',
  },
  words: {
    heading: 'Текстова версія карти',
    sources: 'Джерела: ',
    rule: 'Як відбирали міста. ',
    show: (name: string) => `Показати на карті: ${name}`,
  },
  tables: {
    climbHeading: 'Біженці: кількість день за днем',
    climbCaption:
      'Усі загальні цифри, які УВКБ ООН оприлюднило з 24 лютого по 3 березня 2022 року, так, як їх тоді повідомляли. На графіку — остання цифра кожного дня.',
    published: 'Оприлюднено',
    people: 'Людей виїхало',
    countingTo: 'Враховано до',
    reportedBy: 'Повідомили',
    countryHeading: 'Біженці за країнами, що їх прийняли',
    countryCaption:
      'Люди, що виїхали з України, за країнами, які їх прийняли, у кожному оновленні УВКБ ООН, де кожна цифра має джерело. Цифри від 2 березня враховують прибуття до кінця 1 березня; про оновлення від 3 березня див. примітки нижче.',
    country: 'Країна',
    updateHeading: (date: string, time: string | null) => `Оприлюднено ${date}${time ? `, ${time}` : ''}`,
    arrivalsTo: (date: string) => ` (прибуття до кінця ${date})`,
    movedOn: (country: string) => `${country} (вирушили далі, без стрілки)`,
    total: 'Усього',
  },
  chart: {
    title: 'Кількість день за днем',
    description: (first: string, firstDate: string, last: string, lastDate: string) =>
      `Стовпчиковий графік кількості людей, які виїхали з України, за даними УВКБ ООН, за датою оприлюднення: від ${first} (${firstDate}) до ${last} (${lastDate}). `,
    valuesInWords: 'Значення наведено в текстовій версії карти.',
    noCount: 'даних немає',
    note: 'Остання за день цифра УВКБ ООН (світліші стовпчики — округлені цифри, як їх цитували ЗМІ). Починаючи з 2 березня, кожна цифра охоплює прибуття до кінця попереднього дня.',
  },
  image: {
    save: 'Зберегти як зображення',
    making: 'Створюємо зображення…',
    failed: (message: string) => `Не вдалося зберегти зображення: ${message}.`,
    unknownFailure: 'зображення не вдалося створити',
    title: 'Переговори в Білорусі, поки Росія бере в лещата узбережжя України, а мільйон людей тікає від війни',
    subtitle: (date: string) => `Повномасштабне вторгнення Росії в Україну, день 8: карта станом на ${date}`,
    credit: (published: string | null) =>
      `Кордони: Natural Earth. Біженці: УВКБ ООН${published ? `, дані оприлюднено ${published}` : ''}. За матеріалами: ETV Bharat, AP, ТАСС, EFE.`,
  },
  picture: {
    alt: (total: string, count: number) =>
      `Карта України та сусідніх країн станом на 3\u00a0березня 2022\u00a0року: переговори в Білорусі; Херсон захоплений, а Маріуполь в облозі на узбережжі, за даними AP; міста, де повідомляли про удари чи обстріли; і ${total} ${byCount(count, { one: 'біженець', few: 'біженці', many: 'біженців' })} за країнами, що їх прийняли, за даними УВКБ ООН.`,
    noWebGl: 'Карта як зображення, створене під час збирання сторінки:',
  },
  embedDialog: {
    button: 'Вбудувати',
    heading: 'Вбудувати цю карту',
    intro: 'Вставте цей код у свій матеріал: вбудована карта покаже поточний вигляд і шари та сама підлаштує висоту під вміст.',
    language: 'Мова вбудованої карти',
    code: 'Код для вбудовування',
    copy: 'Копіювати код',
    copied: 'Скопійовано',
    onClipboard: 'Код для вбудовування скопійовано в буфер обміну.',
    close: 'Закрити',
    preview: 'Попередній перегляд',
    previewTitle: (title: string) => `Попередній перегляд: ${title}`,
    format: 'Формат',
    formats: { iframe: 'Інтерактивна карта', image: 'Зображення з посиланням (розсилки, застосунки, RSS)', amp: 'Сторінка AMP' },
    ampMore: 'Показати всю карту',
    imageNote: 'На зображенні карта у вигляді за замовчуванням, а не в поточному; воно веде на карту з вашим виглядом і шарами.',
  },
  translationLabel: 'Переклад з англійської',
  otherEdition: { label: 'English', lang: 'en', title: 'This map in English' },
  embedLanguages: { en: 'English', uk: 'Українська' },
};
