// Parallax's page glue, inlined in <head> before go-app's scripts. It does
// what go-app cannot do for a widget embedded in someone else's page:
//  1. Storage: in a cross-site iframe with third-party storage blocked
//     (Chrome incognito, Safari, sandbox without allow-same-origin),
//     touching localStorage throws and go-app's start-up dies without a
//     word. Each blocked storage is replaced by an in-memory one, so the
//     widget runs (and keeps nothing, which it does not need to).
//  2. Height: the page tells its parent how tall it is, in the three
//     formats newsroom pages listen for: pym.js, AMP and WordPress.
//  3. When the page is read: in a frame (an embed in someone's article),
//     once the frame comes into view or the reader touches it; on a page
//     of its own, at the reader's first move, or at once where the
//     generated page is not what the address asks for. start.js runs the
//     WebAssembly then (window.__pxWhenRead). A press made before the
//     widget is ready is given to it once it is. A readable message if
//     the interactive widget has not started 20 s after: the prerendered
//     comparison stays readable.
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

  // When the page is read. window.__pxWhenRead(f) calls f then.
  //  - In a frame: once any of it is in the window (the host page's: an
  //    IntersectionObserver without a root watches the top-level viewport,
  //    across origins too) or the reader presses, types or tabs into it.
  //  - On a page of its own that shows what its address asks (the generated
  //    page: side by side, nothing selected): at the reader's first move,
  //    a pointer moved or pressed, a key, a scroll. Until then the page is
  //    the generated comparison, which reads in full; a reader who only
  //    reads never runs the WebAssembly, and the page's thread is left to
  //    its loading (Lighthouse's total blocking time, docs/performance.md).
  //  - At once on any other page: one's own articles, or an address that
  //    asks for another view, a selected fact or a setting the generated
  //    page does not show.
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
  // generated tells whether the generated page is what the address asks
  // for: its query holds nothing but an embed's look (set above) and
  // pym.js's own parameters.
  function generated() {
    if (/\/yours(\.html)?$/.test(location.pathname)) return false;
    var same = true;
    params.forEach(function (v, k) {
      if (k === "view" ? v !== "side" : !(k === "embed" && v === "1" || k === "theme" && params.get("embed") === "1" ||
          /^(childId|initialWidth|parentTitle|parentUrl)$/.test(k))) same = false;
    });
    return same;
  }
  if (window.parent !== window && window.IntersectionObserver) {
    sight = new IntersectionObserver(function (entries) {
      if (entries.some(function (e) { return e.isIntersecting; })) read();
    });
    sight.observe(root);
  } else if (window.parent !== window || !generated()) {
    read();
  } else {
    events = events.concat(["pointermove", "wheel", "touchstart", "scroll"]);
  }
  if (readAt === undefined) {
    events.forEach(function (type) { addEventListener(type, read, { capture: true, passive: true }); });
  }

  // A press before the widget is ready is not lost. The generated page's
  // buttons do nothing (the sentences, "Copy the code"), and its slider
  // would be put back when the widget draws itself: what the reader
  // pressed, moved or focused in it meanwhile is given to the widget's own
  // control once the widget is ready (html[data-px-ready]). Links and
  // <details> work without it, and are left alone. The generated widget
  // is marked (data-px-generated), and so is the copy of it that shows
  // while the widget compares (keepPrerendered in app/ui/corpuspage.go),
  // so that nothing pressed in what the widget drew is given to it twice.
  var pressed, moved, focused;
  function way(el) { // how to find el's counterpart in the widget drawn
    if (el.id) return { css: "#" + CSS.escape(el.id) };
    var a = el.getAttribute("data-article"), s = el.getAttribute("data-sentence");
    if (a !== null && s !== null) return { css: el.localName + '[data-article="' + CSS.escape(a) + '"][data-sentence="' + CSS.escape(s) + '"]' };
    if (el.localName === "a" && el.hasAttribute("href")) return { css: 'a[href="' + CSS.escape(el.getAttribute("href")) + '"]' };
    if (el.localName === "button") return { text: el.textContent };
    return null;
  }
  function counterpart(w) {
    var drawn = document.querySelector("body > div.px:not([data-px-generated])");
    if (!w || !drawn) return null;
    if (w.css) return drawn.querySelector(w.css);
    var buttons = drawn.querySelectorAll("button");
    for (var i = 0; i < buttons.length; i++) if (buttons[i].textContent === w.text) return buttons[i];
    return null;
  }
  function early(e) {
    return !root.hasAttribute("data-px-ready") && e.target.closest && e.target.closest("[data-px-generated]");
  }
  document.addEventListener("DOMContentLoaded", function () {
    var generatedWidget = document.querySelector("body > div.px");
    if (generatedWidget) generatedWidget.setAttribute("data-px-generated", "");
  });
  addEventListener("click", function (e) {
    var b = early(e) && e.target.closest("button");
    if (!b) return;
    if (pressed) pressed.el.removeAttribute("aria-busy");
    pressed = { el: b, way: way(b) };
    b.setAttribute("aria-busy", "true"); // parallax.css shows it waiting
  }, true);
  addEventListener("change", function (e) {
    if (early(e) && e.target.type === "range") moved = { way: way(e.target), value: e.target.value };
  }, true);
  addEventListener("focusin", function (e) {
    if (early(e)) focused = way(e.target);
  }, true);
  new MutationObserver(function (changes, watcher) {
    if (!root.hasAttribute("data-px-ready")) return;
    watcher.disconnect();
    var el;
    if (moved && (el = counterpart(moved.way)) && el.value !== moved.value) {
      el.value = moved.value;
      el.dispatchEvent(new Event("input", { bubbles: true }));
      el.dispatchEvent(new Event("change", { bubbles: true }));
    }
    var lost = !document.activeElement || document.activeElement === document.body;
    if (pressed && (el = counterpart(pressed.way))) {
      el.focus();
      el.click();
    } else if (focused && lost && (el = counterpart(focused))) {
      el.focus();
    }
  }).observe(root, { attributes: true, attributeFilter: ["data-px-ready"] });

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
