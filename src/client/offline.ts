/**
 * Offline reading: register the service worker (the build writes it, src/offline/service-worker.ts)
 * once the page has loaded, so it never competes with the first view. The worker keeps the whole
 * edition, search included. When a new build has been deployed, its worker waits until the reader
 * takes it: a notice offers 载入新版, which activates it and reloads, so a reader never sees old
 * and new pages mixed.
 */
import { serviceWorkerFile } from "../format/url-names.ts";

/** The notice loads only when there is an update to offer. */
const offerUpdate = (waiting: ServiceWorker) => import("./update-notice.ts").then((m) => m.offerUpdate(waiting));

async function register(): Promise<void> {
  // The worker sits at the site's root, beside the manifest, whatever the base path.
  const manifest = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
  if (!manifest) return;
  const registration = await navigator.serviceWorker.register(new URL(serviceWorkerFile, manifest.href));
  // An update: a new worker installed while an old one controls this page.
  const watch = (worker: ServiceWorker | null) => {
    if (!worker || !navigator.serviceWorker.controller) return;
    if (worker.state === "installed") void offerUpdate(worker);
    else worker.addEventListener("statechange", () => worker.state === "installed" && void offerUpdate(worker));
  };
  watch(registration.waiting);
  registration.addEventListener("updatefound", () => watch(registration.installing));
  let reloading = false;
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    // Only a taken update reloads: the very first install just starts controlling the page.
    if (reloading || !document.querySelector(".update-notice")) return;
    reloading = true;
    location.reload();
  });
}

if ("serviceWorker" in navigator && location.protocol !== "file:") {
  const start = () => void register().catch((error: unknown) => console.warn("offline reading unavailable:", error));
  if (document.readyState === "complete") start();
  else addEventListener("load", start, { once: true });
}
