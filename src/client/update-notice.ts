/**
 * The notice that a new build of the edition is ready (offline.ts loads this when a new service
 * worker waits): taking it activates the new worker, and offline.ts reloads the page then.
 */

/** Tell the reader a new version is ready; taking it activates the waiting worker. */
export function offerUpdate(waiting: ServiceWorker): void {
  if (document.querySelector(".update-notice")) return;
  const notice = document.createElement("div");
  notice.className = "update-notice no-print";
  notice.setAttribute("role", "status");
  const text = document.createElement("span");
  text.textContent = "本版已更新。";
  const take = document.createElement("button");
  take.type = "button";
  take.textContent = "载入新版";
  take.addEventListener("click", () => {
    take.disabled = true;
    waiting.postMessage({ type: "SKIP_WAITING" });
  });
  notice.append(text, take);
  document.body.append(notice);
}
