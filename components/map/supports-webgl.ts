let supported: boolean | undefined;

/** Whether this browser can give the map a WebGL context at all (asked once, on a canvas of its own). */
export function supportsWebGl(): boolean {
  if (supported === undefined) {
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    supported = Boolean(context);
    // Give the context back at once: browsers keep only a few alive, and the map needs its own.
    context?.getExtension('WEBGL_lose_context')?.loseContext();
  }
  return supported;
}
