// The service worker template: go-app v10.1.11's DefaultAppWorkerJS with
// fetchWithCache replaced (see below). {{.Version}} and {{.ResourcesToCache}}
// are filled in by go-app.
// -----------------------------------------------------------------------------
// PWA
// -----------------------------------------------------------------------------
// Parallax: caches are named "parallax:<scope>:<version>", and a worker
// deletes only its own scope's old caches: sites that share an origin
// (GitHub Pages project sites on user.github.io) keep theirs. The page
// reads the names to tell when a new version has taken over.
const cachePrefix = "parallax:" + self.registration.scope + ":";
const cacheName = cachePrefix + "{{.Version}}";
const resourcesToCache = {{.ResourcesToCache}};

// Install and activate hold the event open until their work is done: the
// worker must not control a page before the cache holds the site, or the
// first offline visit fails. A failed install fails the worker, so the
// previous one (and its cache) stays.
self.addEventListener("install", (event) => {
  event.waitUntil(installWorker().then(() => self.skipWaiting()));
});

async function installWorker() {
  const cache = await caches.open(cacheName);
  try {
    await cache.addAll(resourcesToCache);
  } catch (error) {
    await caches.delete(cacheName);
    throw error;
  }
}

self.addEventListener("activate", (event) => {
  event.waitUntil(deletePreviousCaches().then(() => self.clients.claim()));
});

async function deletePreviousCaches() {
  const keys = await caches.keys();
  await Promise.all(
    keys
      .filter((key) => key.startsWith(cachePrefix) && key !== cacheName)
      .map((key) => caches.delete(key))
  );
}

self.addEventListener("fetch", (event) => {
  event.respondWith(fetchWithCache(event.request));
});

// Parallax: go-app's worker answers from the cache only when the URL
// matches exactly, so an offline visit to "/?view=overview", or to a site
// under a path prefix ("/parallax/" where the cache holds "/parallax", a
// redirect), fails. Navigations are answered from the cached page whatever
// the query string (and "/yours" from "/yours.html"), and a cached
// redirect is copied into a fresh 200 response, which a navigation may
// use.
async function fetchWithCache(request) {
  if (request.mode === "navigate") {
    const page = await cachedPage(request);
    if (page) {
      return page;
    }
    return await fetch(request);
  }
  const cachedResponse = await caches.match(request);
  if (cachedResponse) {
    return cachedResponse;
  }
  return await fetch(request);
}

async function cachedPage(request) {
  const url = new URL(request.url);
  const path = url.pathname;
  const other = path.endsWith("/") ? path.slice(0, -1) : path + "/";
  // "/yours" on a host that serves the page "/yours.html" there
  const html = /\/[^./]+$/.test(path) ? [path + ".html"] : [];
  for (const p of [path, other, ...html]) {
    const cached = await caches.match(new URL(p, url.origin).href, { ignoreSearch: true });
    if (cached) {
      return await fresh(cached);
    }
  }
  return null;
}

async function fresh(response) {
  if (!response.redirected && response.type !== "opaqueredirect") {
    return response;
  }
  const body = await response.blob();
  return new Response(body, {
    status: 200,
    statusText: "OK",
    headers: response.headers,
  });
}

// -----------------------------------------------------------------------------
// Push Notifications
// -----------------------------------------------------------------------------
self.addEventListener("push", (event) => {
  event.waitUntil((async () => {
    let notification;

    try {
      notification = event.data ? event.data.json() : null;
    } catch {
      notification = null;
    }

    if (!notification) {
      return;
    }

    await showNotification(self.registration, notification);
  })());
});

self.addEventListener("message", (event) => {
  const msg = event.data;
  if (!msg || msg.type !== "goapp:notify") {
    return;
  }

  event.waitUntil(
    showNotification(self.registration, msg.options)
  );
});

async function showNotification(registration, notification) {
  const title = notification.title || "Notification";

  let actions = [];
  for (let i in notification.actions) {
    const action = notification.actions[i];
    actions.push({
      action: action.action,
      path: action.path,
    });
    delete action.path;
  }

  await registration.showNotification(title, {
    body: notification.body,
    icon: notification.icon,
    badge: notification.badge,
    actions: notification.actions,
    data: {
      goapp: {
        path: notification.path,
        actions: actions
      }
    }
  });
}

self.addEventListener("notificationclick", (event) => {
  event.notification.close();

  const notification = event.notification;
  let path = notification.data.goapp.path;

  for (let i in notification.data.goapp.actions) {
    const action = notification.data.goapp.actions[i];
    if (action.action === event.action) {
      path = action.path;
      break;
    }
  }

  event.waitUntil(
    clients
      .matchAll({
        type: "window",
      })
      .then((clientList) => {
        for (var i = 0; i < clientList.length; i++) {
          let client = clientList[i];
          if ("focus" in client) {
            client.focus();
            client.postMessage({
              goapp: {
                type: "notification",
                path: path,
              },
            });
            return;
          }
        }

        if (clients.openWindow) {
          return clients.openWindow(path);
        }
      })
  );
});
