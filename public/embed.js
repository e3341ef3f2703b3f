/*! The chip ratchet: embed loader. Resizes our iframes (data-chips-embed) to the height their page posts.
    Matches the iframe by event.source, checks event.origin against the iframe's origin, and accepts only a
    finite height within bounds in the Datawrapper, AMP or pym.js shape. Licence: CC BY 4.0. */
(function () {
  'use strict';
  if (window.__chipsEmbedLoader) return;
  window.__chipsEmbedLoader = true;
  var MIN = 50, MAX = 20000;
  function heightOf(d) {
    var h, k, n = 0, m;
    if (typeof d === 'string') {
      m = /^pymxPYMx(.+?)xPYMxheightxPYMx(\d{1,6})$/.exec(d);
      h = m ? Number(m[2]) : undefined;
    } else if (d && typeof d === 'object') {
      if (d['datawrapper-height'] && typeof d['datawrapper-height'] === 'object') {
        for (k in d['datawrapper-height']) if (Object.prototype.hasOwnProperty.call(d['datawrapper-height'], k)) { h = d['datawrapper-height'][k]; n++; }
        if (n !== 1) h = undefined;
      } else if (d.sentinel === 'amp' && d.type === 'embed-size') h = d.height;
    }
    return typeof h === 'number' && isFinite(h) && h >= MIN && h <= MAX ? Math.ceil(h) : undefined;
  }
  window.addEventListener('message', function (e) {
    var frames = document.querySelectorAll('iframe[data-chips-embed]'), i, f, origin, h;
    for (i = 0; i < frames.length; i++) {
      f = frames[i];
      if (f.contentWindow !== e.source) continue;
      try { origin = new URL(f.src, location.href).origin; } catch (err) { return; }
      if (e.origin !== origin) return;
      h = heightOf(e.data);
      if (h !== undefined) f.style.height = h + 'px';
      return;
    }
  });
})();
