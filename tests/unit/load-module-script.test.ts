import { describe, expect, test } from 'vitest';
import { loadModuleScript } from '@/lib/page/prepaint';

/** A document whose parsing the test finishes, recording what is added to its head. */
function fakeDocument(readyState: DocumentReadyState) {
  const added: { tag: string; rel?: string; href?: string; type?: string; src?: string }[] = [];
  const listeners: (() => void)[] = [];
  const doc = {
    readyState,
    head: { appendChild: (el: { tag: string }) => added.push({ ...el }) },
    createElement: (tag: string) => ({ tag }),
    addEventListener: (type: string, run: () => void) => type === 'DOMContentLoaded' && listeners.push(run),
  };
  return { doc: doc as unknown as Document, added, parsed: () => listeners.splice(0).forEach((run) => run()) };
}

describe('loadModuleScript', () => {
  test('asks for the module and MapLibre at once, but runs the module only once the page is parsed', () => {
    const { doc, added, parsed } = fakeDocument('loading');
    loadModuleScript(doc, '/_pages/embed-en-X.js', ['/maplibre/6.17.0/maplibre-gl.mjs']);
    expect(added).toEqual([
      { tag: 'link', rel: 'modulepreload', href: '/_pages/embed-en-X.js' },
      { tag: 'link', rel: 'modulepreload', href: '/maplibre/6.17.0/maplibre-gl.mjs' },
    ]);
    parsed();
    expect(added.at(-1)).toEqual({ tag: 'script', type: 'module', src: '/_pages/embed-en-X.js' });
    expect(added).toHaveLength(3);
  });

  test('on a page already parsed, runs it at once', () => {
    const { doc, added } = fakeDocument('interactive');
    loadModuleScript(doc, '/_pages/embed-en-X.js');
    expect(added.map((el) => el.tag)).toEqual(['link', 'script']);
  });
});
