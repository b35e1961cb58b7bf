import { browserStorage, createProgressStore } from '../../engine';

/**
 * The progress panel on the exercises page: export to a JSON file (a Blob download), import from
 * one (validated; a bad file changes nothing and says why), and "Reset everything" behind a
 * <dialog> that asks first.
 */
function setup(panel: HTMLElement): void {
  const strings = JSON.parse(panel.dataset['strings'] ?? '{}') as Record<string, string>;
  const store = () => createProgressStore(browserStorage(window));
  const status = panel.querySelector<HTMLElement>('[data-progress-status]');
  const dialog = panel.querySelector<HTMLDialogElement>('[data-reset-dialog]');
  const input = panel.querySelector<HTMLInputElement>('[data-import]');
  const say = (text: string, kind: 'ok' | 'error' = 'ok'): void => {
    if (!status) return;
    status.textContent = text;
    status.dataset['kind'] = kind;
  };
  const changed = (): void => void document.dispatchEvent(new Event('async-lab:progress-changed'));

  panel.addEventListener('click', (event) => {
    const action = (event.target as Element).closest<HTMLElement>('[data-action]')?.dataset['action'];
    if (action === 'export') {
      const file = new Blob([JSON.stringify(store().exportProgress(), null, 2)], { type: 'application/json' });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(file);
      link.download = `async-lab-progress-${new Date().toISOString().slice(0, 10)}.json`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    } else if (action === 'reset') {
      dialog?.showModal();
    }
  });

  dialog?.addEventListener('close', () => {
    if (dialog.returnValue !== 'reset') return;
    store().resetAll();
    say(strings['progress.resetDone'] ?? '');
    changed();
  });

  input?.addEventListener('change', async () => {
    const file = input.files?.[0];
    if (!file) return;
    const result = await store().importProgress(await file.text());
    input.value = '';
    if (result.ok) {
      say(
        (strings['progress.imported'] ?? '')
          .replace('{n}', String(result.exercises))
          .replace('{c}', String(result.code)),
      );
      changed();
      return;
    }
    const detail =
      result.reason === 'not-json'
        ? strings['progress.notJson']
        : result.reason === 'not-progress'
          ? strings['progress.notProgress']
          : result.detail;
    say((strings['progress.badFile'] ?? '').replace('{detail}', detail ?? ''), 'error');
  });
}

for (const panel of document.querySelectorAll<HTMLElement>('[data-progress-panel]')) setup(panel);
