import { decodeShareHash, encodeShareHash } from '../../engine';
import type { CodeView } from './code-view';
import type { createNotices } from './notices';

type Notices = ReturnType<typeof createNotices>;

/**
 * The standalone playground's #code/ link: the address bar always holds the code, Share copies it,
 * and a link pasted into the address bar of an open playground replaces the code.
 */
export function createShareLink(view: () => CodeView, notices: Notices, text: (key: string) => string) {
  return {
    /** Keeps the address bar's link up to date with the code. */
    update(code: string): void {
      window.history.replaceState(null, '', encodeShareHash(code));
    },

    /** Puts the link on the clipboard; where that is refused, shows it to copy by hand. */
    async copy(): Promise<void> {
      window.history.replaceState(null, '', encodeShareHash(view().value()));
      const link = window.location.href;
      try {
        await navigator.clipboard.writeText(link);
        notices.warn('');
        notices.notify(text('pg.copied'));
      } catch {
        notices.warn(`${text('pg.copyFailed')} ${link}`);
      }
    },

    /** A #code/ link pasted into the address bar replaces the code; a malformed one says so. */
    followHashChanges(): void {
      window.addEventListener('hashchange', () => {
        const next = decodeShareHash(window.location.hash);
        if (next.kind === 'code') {
          view().replace(next.code);
          notices.warn('');
        } else if (next.kind === 'invalid') notices.warn(text('pg.badLink'));
      });
    },
  };
}
