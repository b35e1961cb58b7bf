/** How long "Link copied" stays on screen: long enough to read, short enough not to linger. */
const NOTICE_MS = 2500;

/**
 * A playground's two kinds of message above its code: a notice, a short confirmation that floats
 * over the code, moves nothing and fades ("Link copied"); and a warning, which stays until the
 * condition it reports is over (a malformed link, full storage, an editor that failed to load).
 */
export function createNotices(find: (selector: string) => HTMLElement) {
  let noticeTimer = 0;
  return {
    notify(message: string): void {
      const notice = find('[data-notice]');
      notice.textContent = message;
      notice.hidden = false;
      window.clearTimeout(noticeTimer);
      noticeTimer = window.setTimeout(() => {
        notice.hidden = true;
      }, NOTICE_MS);
    },
    /** Shows `message`, or hides the warning when it is empty. */
    warn(message: string): void {
      const box = find('[data-warning]');
      box.textContent = message;
      box.hidden = message === '';
    },
  };
}
