import { describe, expect, test } from 'vitest';
import { layerErrorText } from '@/components/map/layer-error-text';
import { LayerFetchError, sourceLoadError } from '@/components/map/use-layer-data';
import { MESSAGES } from '@/lib/i18n/messages';

describe('why a layer failed, in the edition’s language', () => {
  test('each reason in English and in Ukrainian; any other error as it is', () => {
    const errors = [new LayerFetchError('timeout'), new LayerFetchError('unreachable'), new LayerFetchError('http', '503 Service Unavailable'), new LayerFetchError('not-geojson')];
    expect(errors.map((e) => layerErrorText(e, MESSAGES.en))).toEqual([
      'the server did not answer in time',
      'the server could not be reached',
      'the server answered 503 Service Unavailable',
      'the server sent something that is not a FeatureCollection',
    ]);
    expect(errors.map((e) => layerErrorText(e, MESSAGES.uk))).toEqual([
      'сервер не відповів вчасно',
      'не вдалося з’єднатися із сервером',
      'сервер відповів 503 Service Unavailable',
      'сервер надіслав дані в неправильному форматі',
    ]);
    expect(layerErrorText(new Error('boom'), MESSAGES.uk)).toBe('boom');
  });
});

describe('why MapLibre could not load a layer', () => {
  test('an answer with a status is an HTTP failure with that status; no answer is an unreachable server', () => {
    expect(sourceLoadError({ status: 503, statusText: 'Service Unavailable' })).toMatchObject({ reason: 'http', status: '503 Service Unavailable' });
    expect(layerErrorText(sourceLoadError({ status: 404 }), MESSAGES.en)).toBe('the server answered 404');
    expect(sourceLoadError(new TypeError('Failed to fetch'))).toMatchObject({ reason: 'unreachable' });
    expect(sourceLoadError({ status: 0 })).toMatchObject({ reason: 'unreachable' });
    expect(sourceLoadError(undefined)).toMatchObject({ reason: 'unreachable' });
  });
});
