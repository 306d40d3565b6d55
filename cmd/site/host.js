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
    var theme = params.get("theme"); // as ui.State.scheme: light unless dark or auto
    if (theme !== "auto") root.setAttribute("data-px-theme", theme === "dark" ? "dark" : "light");
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
  //    the generated comparison, which reads in full, and the page's
  //    thread is left to its loading (Lighthouse's total blocking time,
  //    docs/performance.md); start.js has app.wasm compiled meanwhile, in
  //    a worker.
  //  - At once on any other page: one's own articles, or an address that
  //    asks for another view, a selected fact or a setting the generated
  //    page does not show.
  // Go's start replaces the generated widget with a copy of it (then with
  // the widget it draws), so a press, a drag or a scroll is let end
  // first (200 ms without a scroll), rather than be cut off.
  var readAt, waiting = [], sight, pressing = false, settle;
  var events = ["pointerdown", "pointerup", "pointercancel", "touchstart", "touchend", "touchcancel", "keydown", "focusin", "click"];
  function go() {
    if (readAt !== undefined) return;
    readAt = performance.now();
    if (sight) sight.disconnect();
    events.forEach(function (type) { removeEventListener(type, read, true); });
    waiting.splice(0).forEach(function (f) { f(); });
  }
  function read(e) {
    if (readAt !== undefined) return;
    var t = e.type;
    if (t === "pointerdown" || t === "touchstart") pressing = true;
    else if (/^(pointerup|pointercancel|touchend|touchcancel)$/.test(t) || (t === "pointermove" && e.pointerType === "mouse" && !e.buttons)) pressing = false;
    clearTimeout(settle);
    if (!pressing) settle = setTimeout(go, /^(keydown|focusin|pointermove)$/.test(t) ? 0 : 200);
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
      if (entries.some(function (e) { return e.isIntersecting; })) go();
    });
    sight.observe(root);
  } else if (window.parent !== window || !generated()) {
    go();
  } else {
    events = events.concat(["pointermove", "wheel", "scroll"]);
  }
  if (readAt === undefined) {
    events.forEach(function (type) { addEventListener(type, read, { capture: true, passive: true }); });
  }

  // What the reader does before the widget is ready is not lost. Go's
  // start replaces the generated widget (marked data-px-generated) with a
  // copy of it, shown while the widget compares (keepPrerendered in
  // app/ui/corpuspage.go), and the copy with the widget it draws once
  // ready (html[data-px-ready]). At each, the reader's place is carried
  // over: the focus, and how far the columns are scrolled. Once the
  // widget is ready, what its generated page could not do is done: a
  // sentence pressed is pressed again (shown waiting meanwhile, and told
  // in the page's status), and the slider and the columns' boxes are set
  // again. Links and <details> work without the widget, and are left
  // alone. Whatever the reader does in the widget drawn, before it is
  // marked ready, is newer, and drops what was kept.
  var pressed, moved, focused, scrolled = {}, boxes = [".px-cols", ".px-sents"];
  function way(el) { // how to find el's counterpart in another widget
    if (el.id) return "#" + CSS.escape(el.id);
    var a = el.getAttribute("data-article"), s = el.getAttribute("data-sentence");
    if (a !== null && s !== null) return el.localName + '[data-article="' + CSS.escape(a) + '"][data-sentence="' + CSS.escape(s) + '"]';
    if (el.localName === "a" && el.hasAttribute("href")) return 'a[href="' + CSS.escape(el.getAttribute("href")) + '"]';
    return null;
  }
  function early(e) {
    if (root.hasAttribute("data-px-ready") || !e.target.closest) return null;
    // before DOMContentLoaded the generated widget is not marked yet
    return e.target.closest(window.__pxStart === undefined ? "[data-px-generated], body > div.px" : "[data-px-generated]");
  }
  function forget() {
    if (pressed) pressed.el.removeAttribute("data-px-waiting");
    pressed = moved = focused = undefined;
  }
  // carry puts the reader's place into widget, the copy or the widget drawn.
  function carry(widget) {
    boxes.forEach(function (css) {
      widget.querySelectorAll(css).forEach(function (el, i) {
        var at = scrolled[css + i];
        if (at) { el.scrollLeft = at[0]; el.scrollTop = at[1]; }
      });
    });
    var el;
    if (focused && !focused.el.isConnected && focused.way && (el = widget.querySelector(focused.way))) {
      el.focus({ preventScroll: true });
      focused.el = el;
    }
  }
  document.addEventListener("DOMContentLoaded", function () {
    var generatedWidget = document.querySelector("body > div.px");
    if (!generatedWidget) return;
    generatedWidget.setAttribute("data-px-generated", "");
    // the copy, put in when Go starts
    new MutationObserver(function (changes, watcher) {
      changes.forEach(function (c) {
        c.addedNodes.forEach(function (n) {
          if (n.nodeType === 1 && n.hasAttribute("data-px-generated")) {
            watcher.disconnect();
            carry(n);
          }
        });
      });
    }).observe(document.body, { childList: true });
  });
  addEventListener("click", function (e) {
    var b = early(e);
    b = b && e.target.closest("button");
    if (!b || !b.hasAttribute("data-sentence")) return;
    forget();
    pressed = { el: b, way: way(b) };
    b.setAttribute("data-px-waiting", ""); // parallax.css shows it waiting
    var status = document.getElementById("px-status");
    if (status) status.textContent = "The comparison is starting; the sentence you chose will show in a moment.";
  }, true);
  addEventListener("change", function (e) {
    var w = early(e) && (e.target.type === "range" || e.target.type === "checkbox") && way(e.target);
    if (!w) return;
    moved = moved || {};
    moved[w] = e.target.type === "range" ? e.target.value : e.target.checked;
  }, true);
  addEventListener("focusin", function (e) {
    if (early(e)) focused = { el: e.target, way: way(e.target) };
  }, true);
  addEventListener("focusout", function (e) {
    var el = e.target;
    // focus left for the page itself, not taken by the element's removal
    setTimeout(function () {
      if (focused && focused.el === el && el.isConnected && document.activeElement === document.body) focused = undefined;
    });
  }, true);
  addEventListener("scroll", function (e) {
    var widget = early(e);
    if (!widget || !e.target.matches) return;
    boxes.forEach(function (css) {
      if (!e.target.matches(css)) return;
      var i = Array.prototype.indexOf.call(widget.querySelectorAll(css), e.target);
      if (i >= 0) scrolled[css + i] = [e.target.scrollLeft, e.target.scrollTop];
    });
  }, { capture: true, passive: true });
  ["pointerdown", "keydown", "input"].forEach(function (type) {
    addEventListener(type, function (e) {
      if (e.isTrusted && !root.hasAttribute("data-px-ready") && e.target.closest && e.target.closest("body > div.px:not([data-px-generated])")) forget();
    }, true);
  });
  new MutationObserver(function (changes, watcher) {
    var drawn = root.hasAttribute("data-px-ready") && document.querySelector("body > div.px:not([data-px-generated])");
    if (!drawn) return;
    watcher.disconnect();
    carry(drawn);
    var el;
    Object.keys(moved || {}).forEach(function (w) {
      var to = moved[w], box = drawn.querySelector(w);
      if (!box || box.disabled) return;
      if (typeof to === "boolean") {
        if (box.checked !== to) box.click(); // a column shown or hidden
      } else if (box.value !== to) {
        box.value = to;
        box.dispatchEvent(new Event("input", { bubbles: true }));
        box.dispatchEvent(new Event("change", { bubbles: true }));
      }
    });
    if (pressed && pressed.way && (el = drawn.querySelector(pressed.way))) {
      el.focus({ preventScroll: true });
      el.click();
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
    forget(); // nothing pressed is waiting any more
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
