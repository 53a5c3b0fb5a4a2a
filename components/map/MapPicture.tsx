import { useEffect } from 'react';
import type { ColorScheme } from '@/lib/map/themes';
import type { PagePictures } from '@/lib/picture/picture-manifest';

/**
 * The map as the build drew it (scripts/build-pictures.ts), in the reader's scheme, at the width
 * the screen needs: for a reader without WebGL or scripts, and for print. Lazy: a reader whose map
 * draws never downloads it.
 */
export function MapPicture({ pictures, scheme, className }: { pictures: PagePictures; scheme: ColorScheme; className?: string }) {
  const { small, large } = pictures[scheme];
  return (
    // A plain img: the pictures are built once and served as files; next/image's optimiser is not used by these pages.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      className={className}
      src={large.path}
      srcSet={`${small.path} ${small.width}w, ${large.path} ${large.width}w`}
      sizes="(max-width: 760px) 100vw, (max-width: 1100px) and (orientation: portrait) 100vw, 1280px"
      width={large.width}
      height={large.height}
      alt={pictures.alt}
      loading="lazy"
      decoding="async"
    />
  );
}

/**
 * The map as a picture for print (the canvas of a WebGL map does not print): hidden on screen, and
 * lazy, so that no reader pays for it; the browser is told to load it when the reader prints.
 */
export function PrintPicture({ pictures }: { pictures: PagePictures }) {
  useEffect(() => {
    const load = () => document.querySelectorAll<HTMLImageElement>('.print-picture img').forEach((img) => (img.loading = 'eager'));
    window.addEventListener('beforeprint', load);
    return () => window.removeEventListener('beforeprint', load);
  }, []);
  return (
    <figure className="print-picture">
      <MapPicture pictures={pictures} scheme="light" />
    </figure>
  );
}
