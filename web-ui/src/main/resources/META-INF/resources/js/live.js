// Pages that follow other people's changes: a periodic refresh that redraws data only, never the
// forms being typed in. The "aktualisieren" event on document runs the same refresh at once (used by
// the browser tests instead of waiting for the interval).

/** Calls refresh every ms while the page is visible, and whenever "aktualisieren" is dispatched. */
export function live(refresh, ms) {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      await refresh();
    } finally {
      running = false;
      document.body.dataset.aktualisiert = String(Number(document.body.dataset.aktualisiert || 0) + 1);
    }
  };
  setInterval(() => {
    if (!document.hidden) run();
  }, ms);
  document.addEventListener('aktualisieren', run);
}
