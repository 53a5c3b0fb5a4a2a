// The page's first script, inline and blocking, before any of its content (compiled by
// scripts/pages/page-builder.ts): applies what the address says must be right at the first paint.
import { pageStart } from '../page-start';
import { readPageSpec } from '../page-spec';
import { applyPrepaint } from '../prepaint';

const spec = readPageSpec(document);
if (spec) {
  const start = pageStart(spec.kind, new URLSearchParams(location.search), spec.days);
  applyPrepaint(start, document, matchMedia('(prefers-color-scheme: dark)').matches, spec.locale);
}
