import { useEffect, type RefObject } from 'react';
import { EMBED_HEIGHT_MESSAGE } from '@/lib/config';

/**
 * Measures the embed's own height and posts it to the host page whenever it changes, in this app's
 * form and in AMP's (`embed-size`), so that the host can size the iframe to fit.
 */
export function usePostHeight(root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = root.current;
    if (!element || window.parent === window) return;
    let last = 0;
    const post = () => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height === last || height === 0) return;
      last = height;
      // The height is not a secret: any host may read it, so the target origin is "*".
      window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height }, '*');
      window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
    };
    const observer = new ResizeObserver(post);
    observer.observe(element);
    post();
    return () => observer.disconnect();
  }, [root]);
}
