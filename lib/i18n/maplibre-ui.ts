import type { Locale } from './locale';

/**
 * MapLibre's own interface words (its controls' names, the gesture hint, the scale's units) in each
 * edition's language, given as the map's `locale` option. English is MapLibre's default.
 */
export const MAPLIBRE_UI: Record<Locale, Record<string, string>> = {
  en: {},
  uk: {
    'Map.Title': 'Карта',
    'Marker.Title': 'Позначка на карті',
    'Popup.Close': 'Закрити',
    'NavigationControl.ZoomIn': 'Збільшити',
    'NavigationControl.ZoomOut': 'Зменшити',
    'NavigationControl.ResetBearing': 'Потягніть, щоб обернути карту; клацніть, щоб зорієнтувати її на північ',
    'CooperativeGesturesHandler.WindowsHelpText': 'Щоб змінити масштаб, прокручуйте, утримуючи Ctrl',
    'CooperativeGesturesHandler.MacHelpText': 'Щоб змінити масштаб, прокручуйте, утримуючи ⌘',
    'CooperativeGesturesHandler.MobileHelpText': 'Переміщуйте карту двома пальцями',
    'FullscreenControl.Enter': 'На весь екран',
    'FullscreenControl.Exit': 'Вийти з повноекранного режиму',
    'ScaleControl.Kilometers': 'км',
    'ScaleControl.Meters': 'м',
  },
};
