const INTEGER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** A count with thousands separators: 1002860 → "1,002,860". */
export function formatCount(value: number): string {
  return INTEGER.format(value);
}

/** A share (0–1) as a percentage with one decimal: 0.504 → "50.4 %". */
export function formatShare(share: number): string {
  return `${(share * 100).toFixed(1)} %`;
}

/** Kilometres per statute mile. */
const KM_PER_MILE = 1.609344;

/** A distance in kilometres and miles, rounded to whole units below 1,000: "87 km (54 mi)". */
export function formatDistance(km: number): string {
  const round = (v: number) => (v < 10 ? v.toFixed(1) : INTEGER.format(Math.round(v)));
  return `${round(km)} km (${round(km / KM_PER_MILE)} mi)`;
}

/**
 * A range of distances, for a place whose exact site was not published: "87–90 km (54–56 mi)";
 * "up to 34 km (21 mi)" when the range starts at the border; one figure when both ends round alike.
 */
export function formatDistanceRange(minKm: number, maxKm: number): string {
  const whole = (v: number) => INTEGER.format(Math.round(v));
  if (Math.round(minKm) === Math.round(maxKm)) return formatDistance(maxKm);
  if (minKm < 1) return `up to ${whole(maxKm)} km (${whole(maxKm / KM_PER_MILE)} mi)`;
  return `${whole(minKm)}–${whole(maxKm)} km (${whole(minKm / KM_PER_MILE)}–${whole(maxKm / KM_PER_MILE)} mi)`;
}

/** A published total with the source's own qualifier: "more than 50,000"; an exact count as it is. */
export function formatQualifiedCount(total: number, qualifier: string | null): string {
  return qualifier ? `${qualifier} ${formatCount(total)}` : formatCount(total);
}

const COMPACT = new Intl.NumberFormat('en-GB', { notation: 'compact', maximumSignificantDigits: 3 });

/** A count in a few characters, for chart labels: 1038583 → "1.04m", 874026 → "874k". */
export function formatCompactCount(value: number): string {
  return COMPACT.format(value);
}
