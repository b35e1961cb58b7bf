import { browserStorage, createProgressStore, type CheckResult } from '../../engine';
import type { AsyncPlayground } from '../playground/playground-element';
import '../playground/playground-element';
import { pageEngine } from '../playground/page-engine';
import { finalizeResults, renderResults, summarize } from './check-results';
import { createHintsPanel } from './hints-panel';
import { createSolutionPanel } from './solution-panel';
import { createSubmitPanel } from './submit-panel';
import type { WorkspaceConfig } from './workspace-config';

/**
 * <async-exercise>: the exercise workspace (ExerciseWorkspace.astro). It owns Check, the results
 * list, hints, the solution diff and, for assignments, the submission link; Run, Stop, editing and
 * saving are the inner <async-playground>'s. Nothing runs until the learner presses Run or Check.
 */
export class AsyncExercise extends HTMLElement {
  private config: WorkspaceConfig | undefined;
  private strings: Record<string, string> = {};
  private playground!: AsyncPlayground;
  private hints!: ReturnType<typeof createHintsPanel>;
  private solution!: ReturnType<typeof createSolutionPanel>;
  private submit!: ReturnType<typeof createSubmitPanel>;
  private lastResults: CheckResult[] = [];

  connectedCallback(): void {
    if (this.config) return;
    this.strings = JSON.parse(this.dataset['strings'] ?? '{}') as Record<string, string>;
    const script = this.querySelector('script[data-config]');
    if (this.dataset['deferred'] !== 'true' && script) this.start(JSON.parse(script.textContent) as WorkspaceConfig);
  }

  /** Shows an exercise or an assignment. Called once: by connectedCallback, or by the page for a link. */
  start(config: WorkspaceConfig): void {
    if (this.config) throw new Error('<async-exercise> was already started');
    this.config = config;
    if (this.dataset['deferred'] === 'true') this.mountPlayground(config);
    const playground = this.querySelector<AsyncPlayground>('async-playground');
    if (!playground) throw new Error('<async-exercise> has no <async-playground>');
    this.playground = playground;
    this.find('[data-results-panel]').hidden = config.checks === undefined;
    this.hints = createHintsPanel(this.find('[data-hints-panel]'), config.hints, this.strings);
    this.solution = createSolutionPanel({
      panel: this.find('[data-solution-panel]'),
      solution: config.solution,
      strings: this.strings,
      code: () => this.playground.code,
      replace: (code) => this.playground.replaceCode(code),
    });
    this.submit = createSubmitPanel(this.find('[data-submit]'), this.strings);
    const { assignment } = config;
    if (assignment) this.submit.onSubmit(() => ({ assignment, code: this.playground.code, results: this.lastResults }));
    this.addEventListener('click', (event) => {
      const action = (event.target as Element).closest<HTMLElement>('[data-action]')?.dataset['action'];
      if (action === 'check') void this.check();
      else if (action === 'hint') this.hints.reveal();
      else if (action === 'solution') void this.solution.toggle();
      else if (action === 'copy-solution') this.solution.copyIn();
      else if (action === 'undo-copy') this.solution.undoCopy();
    });
    // Results of a Check describe the code as it was then: once it changes, they say so, and a
    // submission (which carries the current code) waits for the next Check.
    this.addEventListener('async-lab:stale', (event) => {
      const { stale } = (event as CustomEvent<{ stale: boolean }>).detail;
      const checked = this.lastResults.length > 0;
      this.find('[data-results-stale]').hidden = !(stale && checked);
      this.toggleAttribute('data-results-stale', stale && checked);
      if (stale) this.submit.hide();
    });
    this.dataset['ready'] = 'true';
  }

  /** The last final results (after Check), for a submission link. */
  get results(): readonly CheckResult[] {
    return this.lastResults;
  }

  /** Fills the deferred playground from the config and puts it in the page, where it comes alive. */
  private mountPlayground(config: WorkspaceConfig): void {
    const template = this.querySelector<HTMLTemplateElement>('template[data-playground-template]');
    if (!template) throw new Error('<async-exercise data-deferred> has no playground template');
    const fragment = document.importNode(template.content, true);
    const root = fragment.querySelector<HTMLElement>('async-playground');
    const files = fragment.querySelector('script[data-files]');
    const code = fragment.querySelector('pre code') ?? fragment.querySelector('pre');
    if (!root || !files || !code) throw new Error('the playground template is incomplete');
    const main = config.language === 'python' ? 'main.py' : 'main.ts';
    root.dataset['storageKey'] = config.storageKey;
    root.dataset['timeLimitMs'] = String(config.timeLimitMs);
    // Read by the playground when it connects, below: it then runs and edits Python.
    root.dataset['language'] = config.language ?? 'typescript';
    const label = fragment.querySelector('.pg-file');
    if (label) label.textContent = main;
    files.textContent = JSON.stringify({ [main]: config.starter });
    code.textContent = config.starter;
    fragment
      .querySelector<HTMLElement>('[data-action="check"]')
      ?.toggleAttribute('hidden', config.checks === undefined);
    template.replaceWith(fragment);
  }

  /**
   * Runs the learner's code with the checks around it and shows the results. A hang, a crash or a
   * Stop leaves checks pending; finalizeResults fails each of them with the reason.
   */
  async check(): Promise<CheckResult[]> {
    const config = this.config;
    if (!config?.checks) return [];
    const button = this.find<HTMLButtonElement>('[data-action="check"]');
    const list = this.find('[data-results]');
    const summary = this.find('[data-summary]');
    button.disabled = true;
    summary.textContent = this.strings['ex.checking'] ?? '';
    delete summary.dataset['passed'];
    delete summary.dataset['total'];
    this.dataset['checking'] = 'true';
    this.submit.hide();
    this.onward(false);
    this.find('[data-results-stale]').hidden = true;
    this.removeAttribute('data-results-stale');
    let latest: CheckResult[] = [];
    list.replaceChildren();
    const outcome = await this.playground.run(pageEngine(), {
      files: { [config.language === 'python' ? 'checks.py' : 'checks.ts']: config.checks },
      onChecks: (results) => {
        latest = results;
        renderResults(list, results, config.checkLabels, this.strings);
      },
    });
    // The playground has drawn every console line before its run resolves, so the first error is there.
    const crash = this.querySelector('[role="log"] [data-kind="error"]')?.textContent?.trim().slice(0, 300);
    const final = finalizeResults(latest, outcome, { timeLimitMs: config.timeLimitMs, crash }, this.strings);
    renderResults(list, final, config.checkLabels, this.strings);
    const result = summarize(final, this.strings);
    summary.textContent = result.text;
    summary.dataset['allPassed'] = String(result.allPassed);
    summary.dataset['passed'] = String(result.passed);
    summary.dataset['total'] = String(result.total);
    this.lastResults = final;
    button.disabled = false;
    delete this.dataset['checking'];
    if (config.progressSlug) {
      createProgressStore(browserStorage(window)).recordCheck(config.progressSlug, result.allPassed);
      document.dispatchEvent(new Event('async-lab:progress-changed'));
    }
    this.solution.refresh();
    // Any result can be handed in: the panel says whether it is finished or work in progress.
    if (config.assignment) this.submit.show(final);
    this.onward(result.allPassed);
    return final;
  }

  /** Shows or hides the way on (the next exercise), which an exercise page offers once all checks pass. */
  private onward(show: boolean): void {
    const next = this.querySelector<HTMLElement>('[data-next]');
    if (next) next.hidden = !show;
  }

  private find<T extends HTMLElement = HTMLElement>(selector: string): T {
    const element = this.querySelector<T>(selector);
    if (!element) throw new Error(`<async-exercise> is missing ${selector}`);
    return element;
  }
}

if (!customElements.get('async-exercise')) customElements.define('async-exercise', AsyncExercise);
