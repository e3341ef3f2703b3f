/*! The chip ratchet: embed loader. Resizes our iframes (data-chips-embed) to the height their page posts.
    Matches the iframe by event.source, checks event.origin against the iframe's origin, and accepts only a
    finite height within bounds in the Datawrapper, AMP or pym.js shape. Asks each iframe to measure itself
    when it loads and when this page resizes: an off-screen frame runs no ResizeObserver, but it does answer
    a message. Licence: CC BY 4.0. */
(function () {
  'use strict';
  if (window.__chipsEmbedLoader) return;
  window.__chipsEmbedLoader = true;
  var MIN = 50, MAX = 20000, ASK = 'chips-embed:measure';
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
  function frames() { return document.querySelectorAll('iframe[data-chips-embed]'); }
  function ask(f) {
    try { if (f.contentWindow) f.contentWindow.postMessage(ASK, new URL(f.src, location.href).origin); } catch (err) { /* not loaded or bad src */ }
  }
  function askAll() { var fs = frames(), i; for (i = 0; i < fs.length; i++) ask(fs[i]); }
  window.addEventListener('message', function (e) {
    var fs = frames(), i, f, origin, h;
    for (i = 0; i < fs.length; i++) {
      f = fs[i];
      if (f.contentWindow !== e.source) continue;
      try { origin = new URL(f.src, location.href).origin; } catch (err) { return; }
      if (e.origin !== origin) return;
      h = heightOf(e.data);
      if (h !== undefined) f.style.height = h + 'px';
      return;
    }
  });
  // iframe load events do not bubble: listen in the capture phase for frames present now and added later.
  document.addEventListener('load', function (e) { if (e.target && e.target.matches && e.target.matches('iframe[data-chips-embed]')) ask(e.target); }, true);
  window.addEventListener('resize', askAll);
  askAll();
})();
