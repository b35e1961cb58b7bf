// The two ways into Monaco (the editor and the exercise's solution diff) go through here, so that
// Monaco's own words — its find widget, context menu, hovers and screen-reader text — are in the
// page's language. Monaco looks each one up in a global table by number when its modules first run,
// so the table has to be in place before any of them is evaluated; a dynamic import in this order
// guarantees that. Monaco ships a Simplified Chinese table; other pages keep its English.
let messages: Promise<unknown> | undefined;

function loadMessages(): Promise<unknown> {
  messages ??=
    document.documentElement.lang.toLowerCase() === 'zh-cn'
      ? import('monaco-editor/nls/lang/zh-cn')
      : Promise.resolve();
  return messages;
}

export const loadMonacoEditor = () => loadMessages().then(() => import('./monaco-editor'));

export const loadMonacoDiff = () => loadMessages().then(() => import('./monaco-diff'));

/** Where the build lists each way into Monaco's chunks (scripts/vite-monaco-preload.mjs writes it). */
const PRELOAD_LIST = '_astro/monaco-preload.json';

let preloading: Promise<void> | undefined;

/**
 * Downloads and compiles the editor's modules without evaluating them, for a reader who shows intent
 * (a hover or focus on the code): evaluating Monaco is ~3 MB of JavaScript on the main thread and
 * waits for the click on Edit. Without the list (the dev server, an old copy) it does nothing; a
 * failure is forgotten, so a later intent tries again.
 */
export function preloadMonacoEditor(): Promise<void> {
  preloading ??= fetch(`${import.meta.env.BASE_URL}${PRELOAD_LIST}`)
    .then((response) => (response.ok ? (response.json() as Promise<{ editor?: unknown }>) : { editor: undefined }))
    .then(({ editor }) => {
      if (!Array.isArray(editor)) return;
      for (const file of editor) {
        if (typeof file !== 'string') continue;
        const link = document.createElement('link');
        link.rel = 'modulepreload';
        link.href = `${import.meta.env.BASE_URL}${file}`;
        document.head.append(link);
      }
    })
    .catch(() => {
      preloading = undefined;
    });
  return preloading;
}
