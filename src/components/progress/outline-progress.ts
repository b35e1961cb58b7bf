import { browserStorage, createProgressStore } from '../../engine';
import { applyMarks } from './progress-marks';

/** Fills in the progress marks now, and again when another tab changes progress or this page asks. */
export function refreshMarks(): void {
  applyMarks(document, createProgressStore(browserStorage(window)).snapshot());
}

refreshMarks();
window.addEventListener('storage', (event) => {
  if (event.key === null || event.key.startsWith('async-lab:')) refreshMarks();
});
document.addEventListener('async-lab:progress-changed', refreshMarks);
