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
