// Astro adds every stylesheet reachable from a page's scripts to the page's <head>, even when the
// module that imports it is only ever loaded by a dynamic import() (withastro/astro#9495). For Monaco
// that would put ~130 KB of editor CSS on every lesson before anyone edits. This plugin turns
// Monaco's side-effect CSS imports into `?inline` strings injected when the module runs, so the
// styles arrive with the editor and not before. Vite still resolves url() assets (the codicon font).

/** @returns {import('vite').Plugin} */
export function lazyMonacoCss() {
  return {
    name: 'async-lab:lazy-monaco-css',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('/node_modules/monaco-editor/') || !id.endsWith('.js') || !code.includes('.css')) return null;
      let n = 0;
      const out = code.replace(/^import\s+(['"])([^'"]+\.css)\1;?$/gm, (_line, quote, path) => {
        const name = `__asyncLabCss${n++}`;
        return `import ${name} from ${quote}${path}?inline${quote};\n{ const s = document.createElement('style'); s.dataset.monaco = ''; s.textContent = ${name}; document.head.append(s); }`;
      });
      return n > 0 ? { code: out, map: null } : null;
    },
  };
}
