/*! Ukraine, 3 March 2022 map: embed loader. Include once per page, after or before the iframes.
 * Sizes every iframe of this map, in any edition, to the height its content reports. No dependencies.
 * The embed fills the height the snippet gives it and reports that same height, so a frame pasted with the
 * snippet keeps its size and the article never jumps; a frame too short for the embed's least grows to it. */
(function () {
  'use strict';
  if (window.__ukraineMapLoader) return; // included twice: the first one does the work
  window.__ukraineMapLoader = true;

  var script = document.currentScript;
  var origin = script && script.src ? new URL(script.src, location.href).origin : location.origin;
  var TYPE = 'ukraine-map:height';
  var MIN = 200, MAX = 3000; // px: ignore absurd heights

  window.addEventListener('message', function (event) {
    // Only this map's origin, and only the frame whose window sent the message: any of the map's embed pages
    // (each edition's) reports its height, and no other page of the map does.
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || typeof data !== 'object') return;
    var isHeight = data.type === TYPE || (data.sentinel === 'amp' && data.type === 'embed-size');
    var height = Number(data.height);
    if (!isHeight || !isFinite(height) || height < MIN || height > MAX) return;
    // Match the frame by the window that sent the message, never by an id the host may reuse.
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow !== event.source) continue;
      var px = Math.ceil(height);
      // Already this height (the snippet's): leave the style alone, so nothing is laid out again.
      if (Math.round(frames[i].getBoundingClientRect().height) !== px) frames[i].style.height = px + 'px';
      frames[i].setAttribute('data-reported-height', String(px));
      return;
    }
  });
})();
