let supported: boolean | undefined;

/** Whether this browser can give the map a WebGL context at all (asked once, on a canvas of its own). */
export function supportsWebGl(): boolean {
  if (supported === undefined) {
    const canvas = document.createElement('canvas');
    supported = Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  }
  return supported;
}
