import { fragmentForOtherLocale } from '../course/locale-fragment';

/**
 * The language switch's links carry the page's fragment: an assignment link's #a=… must survive the
 * switch, and a lesson's #heading becomes the same heading in the other language. The links are
 * brought up to date whenever the fragment may have changed, and again just before they are used,
 * since history.replaceState (a Share) changes it without any event.
 */
for (const nav of document.querySelectorAll<HTMLElement>('.language-switch[data-headings]')) {
  const headings = JSON.parse(nav.dataset['headings'] ?? '{}') as Record<string, string>;
  const links = [...nav.querySelectorAll<HTMLAnchorElement>('a:not([aria-current])')];
  const update = (): void => {
    for (const link of links) {
      const url = new URL(link.href);
      url.hash = fragmentForOtherLocale(window.location.hash, headings);
      link.href = url.href;
    }
  };
  update();
  window.addEventListener('hashchange', update);
  for (const type of ['pointerdown', 'focusin', 'click']) nav.addEventListener(type, update, { capture: true });
}
