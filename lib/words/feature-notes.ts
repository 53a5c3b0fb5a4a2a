import type { Messages } from '../i18n/messages';
import type { CityReport } from '../layers/cities/definition';

// What a feature's details and its entry in the map in words say beyond its summary. Kept apart
// from map-in-words.ts (which the server runs) so that the details' client code stays small.

/** A feature's dated reports (cities under fire), or none. */
export function reportsOf(p: Record<string, unknown>): CityReport[] {
  return Array.isArray(p.reports) ? (p.reports as CityReport[]) : [];
}

/** What a feature's sources establish and what they leave open: casualties as stated, and the confidence note. */
export function notesOf(p: Record<string, unknown>, t: Messages['details']): string[] {
  const notes: string[] = [];
  if (typeof p.casualties === 'string') notes.push(t.casualties(p.casualties));
  const level = t.confidenceLevels[p.confidence as keyof typeof t.confidenceLevels];
  if (level && typeof p.confidenceNote === 'string') notes.push(t.confidence(level, p.confidenceNote));
  return notes;
}
