/**
 * Runs in the page before the app (Playwright addInitScript): keeps the identity the app
 * resumes with, notes when each socket message carrying a bench edit arrives, when the DOM
 * first shows it (MutationObserver) and the animation frame after that. Plain JavaScript in a
 * string: a function would be serialised after tsx's transform, with helpers the page lacks.
 */
export function pageHooks(storageKey: string, identity: string): string {
  return `
(() => {
  localStorage.setItem(${JSON.stringify(storageKey)}, ${JSON.stringify(identity)});
  const bench = { arrivals: {}, mutations: {}, frames: {} };
  window.__bench = bench;
  const marker = /bench-edit-(\\d+)#/g;
  const decoder = new TextDecoder('latin1');
  const Native = window.WebSocket;
  class Hooked extends Native {
    constructor(url, protocols) {
      super(url, protocols);
      this.addEventListener('message', (event) => {
        const at = performance.now();
        if (!(event.data instanceof ArrayBuffer)) return;
        for (const m of decoder.decode(event.data).matchAll(marker)) {
          if (bench.arrivals[m[1]] === undefined) bench.arrivals[m[1]] = at;
        }
      });
    }
  }
  window.WebSocket = Hooked;
  new MutationObserver((records) => {
    const at = performance.now();
    for (const record of records) {
      const text = record.target.textContent || '';
      if (!text.includes('bench-edit-')) continue;
      for (const m of text.matchAll(marker)) {
        const id = m[1];
        if (bench.arrivals[id] === undefined || bench.mutations[id] !== undefined) continue;
        bench.mutations[id] = at;
        requestAnimationFrame(() => (bench.frames[id] = performance.now()));
      }
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
})();
`;
}
