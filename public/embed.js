/*! Ukraine, 3 March 2022 map: embed loader. Include once per page, after or before the iframes.
 * Sizes every iframe of this map to the height its content reports. No dependencies. */
(function () {
  'use strict';
  if (window.__ukraineMapLoader) return; // included twice: the first one does the work
  window.__ukraineMapLoader = true;

  var script = document.currentScript;
  var origin = script && script.src ? new URL(script.src, location.href).origin : location.origin;
  var TYPE = 'ukraine-map:height';
  var MIN = 200, MAX = 3000; // px: ignore absurd heights

  function isOurs(frame) {
    try {
      var src = new URL(frame.src, location.href);
      return src.origin === origin && src.pathname === '/embed';
    } catch (e) {
      return false;
    }
  }

  // Until a frame reports its height, give it a sensible one for its width.
  function defaultHeight(width) {
    return width >= 900 ? 650 : width >= 500 ? 575 : 400;
  }
  function sizeByWidth() {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (isOurs(f) && !f.getAttribute('data-reported-height')) f.style.height = defaultHeight(f.clientWidth) + 'px';
    }
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || typeof data !== 'object') return;
    var isHeight = data.type === TYPE || (data.sentinel === 'amp' && data.type === 'embed-size');
    var height = Number(data.height);
    if (!isHeight || !isFinite(height) || height < MIN || height > MAX) return;
    // Match the frame by the window that sent the message, never by an id the host may reuse.
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source && isOurs(frames[i])) {
        frames[i].style.height = Math.ceil(height) + 'px';
        frames[i].setAttribute('data-reported-height', String(Math.ceil(height)));
        return;
      }
    }
  });

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', sizeByWidth);
  else sizeByWidth();
  window.addEventListener('resize', sizeByWidth);
})();
