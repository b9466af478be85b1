/**
 * All the checker page runs on load: a few lines that wait. The start page is the page's own
 * HTML, so a reader who only reads it runs nothing more. The checker (./checker.ts) and its
 * flow's data load when the reader presses Start, or at once when the address already names a
 * step or answers (a shared link, a reload, back and forward, the language toggle mid-flow).
 * The build puts this script inside the page (src/hosting/inline-scripts.ts), so the start page
 * paints with its HTML alone.
 */
import type { Navigate } from './checker';

/**
 * The flow's data, from the file the page names; none if it cannot be had (the page keeps its
 * checklist). The checker itself checks its shape (readClientData), so that this stays small.
 */
async function loadData(source: string): Promise<unknown> {
  try {
    const response = await fetch(source, { credentials: 'same-origin' });
    return response.ok ? ((await response.json()) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

const checker = document.querySelector<HTMLElement>('[data-checker]');
const source = checker?.dataset.checkerData;

if (checker && source) {
  const root: HTMLElement = checker;
  let started: Promise<Navigate | undefined> | undefined;
  // The module and the data are fetched side by side; the checker starts when both are here.
  // Without either it cannot run: the page shows the checklist, as without JavaScript.
  const start = () =>
    (started ??= Promise.all([import('./checker'), loadData(source)])
      .then(([{ startChecker }, data]) => (data ? startChecker(root, data) : undefined))
      .catch(() => undefined)
      .then((go) => {
        if (!go) root.dataset.checkerUnavailable = '';
        return go;
      }));

  if (location.search) void start();
  else {
    // Pointing at Start or tabbing to it begins the loading, so the first question is ready sooner.
    const warmUp = (event: Event) => {
      if ((event.target as Element).closest('.start-button')) void start();
    };
    root.addEventListener('pointerover', warmUp);
    root.addEventListener('focusin', warmUp);
    root.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a.start-button');
      // Once running, the checker follows its own links; a click that opens a new tab or window is
      // the browser's, and that page starts from its address.
      if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      root.setAttribute('aria-busy', 'true');
      void start().then((go) => {
        root.removeAttribute('aria-busy');
        if (go) return go(link.getAttribute('href')!);
        const checklist = root.querySelector<HTMLElement>('[data-checker-nojs]');
        if (checklist) {
          checklist.tabIndex = -1;
          checklist.focus();
        }
      });
    });
  }
}
