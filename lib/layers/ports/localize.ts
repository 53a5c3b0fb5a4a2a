import { PORT_RING_RADIUS_KM } from '../../config';
import type { FeatureLocalizer } from '../../i18n/feature-translations';

/** A primary port's ring in another language: the port's translated name and status, and what the ring is. */
export const localizePortsFeature: FeatureLocalizer = (p, words) => {
  if (p.kind !== 'port-ring') return p;
  const port = words.feature(String(p.portId));
  return {
    ...p,
    name: `${port?.name ?? p.name}: ${port?.status ?? p.status}`,
    status: port?.status ?? p.status,
    ...(port?.by ? { by: port.by } : {}),
    summary: `Коло радіусом ${PORT_RING_RADIUS_KM}\u00a0км навколо центру міста лише позначає місто; це не лінія фронту.`,
  };
};
