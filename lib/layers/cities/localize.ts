import type { FeatureLocalizer } from '../../i18n/feature-translations';

/** A city under fire in another language: what its marker stands for, which the builder writes for every city. */
export const localizeCitiesFeature: FeatureLocalizer = (p) => ({ ...p, positionNote: 'Позначка\u00a0— центр населеного пункту, а не місця влучань.' });
