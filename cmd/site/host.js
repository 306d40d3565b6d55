// Parallax's page glue, inlined in <head> before go-app's scripts. It does
// what go-app cannot do for a widget embedded in someone else's page:
//  1. Storage: in a cross-site iframe with third-party storage blocked
//     (Chrome incognito, Safari, sandbox without allow-same-origin),
//     touching localStorage throws and go-app's start-up dies without a
//     word. Each blocked storage is replaced by an in-memory one, so the
//     widget runs (and keeps nothing, which it does not need to).
//  2. Height: the page tells its parent how tall it is, in the three
//     formats newsroom pages listen for: pym.js, AMP and WordPress.
//  3. When the page is read: at once on a page of its own; in a frame (an
//     embed in someone's article), once the frame comes into view or the
//     reader touches it. start.js starts the WebAssembly then
//     (window.__pxWhenRead), not while the host page loads.
//     A readable message if the interactive widget has not started 20 s
//     after: the prerendered comparison stays readable.
//  4. An embed's look before the widget starts: the generated page is the
//     address without its query, so what the query asks of an embed
//     (embed=1, its theme, a view other than side by side) is set on
//     <html> at once, for the style sheet to draw the generated page as
//     the embed will be drawn (parallax.css: data-px-embed and the rest).
(function () {
  "use strict";

  var params = new URLSearchParams(location.search);
  var root = document.documentElement;
  if (params.get("embed") === "1") {
    root.setAttribute("data-px-embed", "1");
    var theme = params.get("theme") || "light"; // as ui.State.scheme
    if (theme === "light" || theme === "dark") root.setAttribute("data-px-theme", theme);
    var view = params.get("view");
    if (view && view !== "side") root.setAttribute("data-px-view", view);
  }

  function memoryStorage() {
    var data = {};
    return {
      getItem: function (k) { return Object.prototype.hasOwnProperty.call(data, k) ? data[k] : null; },
      setItem: function (k, v) { data[k] = String(v); },
      removeItem: function (k) { delete data[k]; },
      clear: function () { data = {}; },
      key: function (i) { return Object.keys(data)[i] || null; },
      get length() { return Object.keys(data).length; }
    };
  }
  ["localStorage", "sessionStorage"].forEach(function (name) {
    try {
      var s = window[name];
      s.setItem("__px", "1");
      s.removeItem("__px");
    } catch (e) {
      try {
        Object.defineProperty(window, name, { value: memoryStorage(), configurable: true });
        document.documentElement.setAttribute("data-px-storage", "memory");
      } catch (e2) { /* nothing more can be done */ }
    }
  });

  // History: in a frame sandboxed without allow-same-origin the document's
  // origin is opaque and history.pushState throws, which would stop
  // go-app's navigation (the widget keeps its state in the URL). The
  // address is then kept here instead; the widget reads window.__pxURL.
  try {
    history.replaceState(history.state, "", location.href);
  } catch (e) {
    document.documentElement.setAttribute("data-px-history", "memory");
    var remember = function (state, title, url) {
      window.__pxURL = new URL(url, window.__pxURL || location.href).href;
    };
    try {
      history.pushState = remember;
      history.replaceState = remember;
    } catch (e2) { /* nothing more can be done */ }
  }

  // A new version: the page came from a service worker, and another one
  // takes control during the visit (it installed a new deploy, which
  // claims open pages once its cache is complete). go-app's own update
  // event fires on a first visit too and can be missed when the worker is
  // quicker than the WebAssembly, so the page records it here: the
  // html[data-px-update] attribute and a "px-update" event on window.
  // In a sandboxed frame reading navigator.serviceWorker throws.
  try {
    var controlled = !!navigator.serviceWorker.controller;
    navigator.serviceWorker.addEventListener("controllerchange", function () {
      if (!controlled) { controlled = true; return; } // the first worker claiming a first visit
      document.documentElement.setAttribute("data-px-update", "1");
      window.dispatchEvent(new Event("px-update"));
    });
  } catch (e) { /* no service worker here: no updates to announce */ }

  // Height messages, only inside a frame.
  var childId = params.get("childId"); // pym.js passes childId, initialWidth, parentUrl, parentTitle
  var secret = (/[#&?]secret=([^&]+)/.exec(location.hash) || [])[1]; // WordPress: #?secret=...
  var last = 0;
  function tell() {
    if (window.parent === window) return;
    var h = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (!h || h === last) return;
    last = h;
    var to = window.parent;
    if (childId) to.postMessage("pymxPYMx" + childId + "xPYMxheightxPYMx" + h, "*");
    to.postMessage({ sentinel: "amp", type: "embed-size", height: h }, "*");
    if (secret) to.postMessage({ message: "height", value: h, secret: secret }, "*");
  }
  function watch() {
    tell();
    if (window.ResizeObserver) new ResizeObserver(tell).observe(document.documentElement);
    else setInterval(tell, 500);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", watch);
  else watch();

  // When the page is read. In a frame: once any of it is in the window
  // (the host page's: an IntersectionObserver without a root watches the
  // top-level viewport, across origins too) or the reader presses, types
  // or tabs into it. window.__pxWhenRead(f) calls f then.
  var readAt, waiting = [], events = ["pointerdown", "keydown", "focusin"], sight;
  function read() {
    if (readAt !== undefined) return;
    readAt = performance.now();
    if (sight) sight.disconnect();
    events.forEach(function (type) { removeEventListener(type, read, true); });
    waiting.splice(0).forEach(function (f) { f(); });
  }
  window.__pxWhenRead = function (f) {
    if (readAt !== undefined) f();
    else waiting.push(f);
  };
  if (window.parent === window || !window.IntersectionObserver) {
    read();
  } else {
    sight = new IntersectionObserver(function (entries) {
      if (entries.some(function (e) { return e.isIntersecting; })) read();
    });
    sight.observe(root);
    events.forEach(function (type) { addEventListener(type, read, true); });
  }

  // If the widget has not started 20 s after the page was read, say so,
  // and keep the page readable.
  function check() {
    if (root.getAttribute("data-px-ready")) return;
    if (readAt === undefined || performance.now() - readAt < 20000) {
      setTimeout(check, 2000);
      return;
    }
    var p = document.createElement("p");
    p.className = "px-error";
    p.setAttribute("role", "status");
    p.textContent = "The interactive comparison could not start here; what you see is its text. Open it on its own page to select and compare sentences.";
    var a = document.createElement("a");
    // the full page: not embedded, and one fact shown side by side
    a.href = location.href.replace(/([?&])embed=1&?/, "$1").replace(/([?&])view=fact&?/, "$1").replace(/[?&]$/, "");
    a.target = "_blank";
    a.rel = "noopener";
    a.textContent = " Open the full comparison ↗";
    p.appendChild(a);
    document.body.insertBefore(p, document.body.firstChild);
  }
  setTimeout(check, 20000);
})();
