/**
 * In a development build only (`npm run dev`): reloads the page when the pages have been built
 * again after a saved change (app/api/dev/reload/route.ts). A production build leaves it out.
 */
export function reloadOnRebuild(): void {
  const events = new EventSource('/api/dev/reload');
  // Several writes of the build can come close together: one reload.
  let reloading = false;
  events.addEventListener('rebuilt', () => {
    if (reloading) return;
    reloading = true;
    events.close();
    window.location.reload();
  });
}
