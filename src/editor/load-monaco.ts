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
