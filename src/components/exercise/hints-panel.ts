import { renderInline } from './markdown';

type Strings = Record<string, string>;

/**
 * Progressive hints: none shows at first, and each press of the button reveals the next one and
 * moves focus to it, so a screen reader reads it. The button disappears after the last.
 */
export function createHintsPanel(panel: HTMLElement, hints: readonly string[], strings: Strings) {
  const list = panel.querySelector<HTMLOListElement>('[data-hints]');
  const button = panel.querySelector<HTMLButtonElement>('[data-action="hint"]');
  if (!list || !button) throw new Error('hints panel markup is incomplete');
  let shown = 0;
  panel.hidden = hints.length === 0;

  const label = (): void => {
    button.hidden = shown >= hints.length;
    button.textContent = (strings['ex.showHint'] ?? '')
      .replace('{n}', String(shown + 1))
      .replace('{m}', String(hints.length));
  };
  label();

  return {
    reveal(): void {
      const hint = hints[shown];
      if (hint === undefined) return;
      shown += 1;
      const item = list.ownerDocument.createElement('li');
      item.className = 'ex-hint';
      item.tabIndex = -1;
      item.dataset['hint'] = String(shown);
      const title = list.ownerDocument.createElement('strong');
      title.textContent = `${(strings['ex.hintLabel'] ?? '').replace('{n}', String(shown))}: `;
      item.append(title, renderInline(list.ownerDocument, hint));
      list.append(item);
      label();
      item.focus();
    },
  };
}
