import {
  browserStorage,
  createCodeStore,
  createProgressStore,
  decodeShareHash,
  type CheckResult,
  type Engine,
  type RunOutcome,
} from '../../engine';
import { createCodeView, type CodeView } from './code-view';
import { pageEngine, whenIdle } from './page-engine';
import { createNotices } from './notices';
import { createRunOutput, type RunOutput } from './run-output';
import { createShareLink } from './share-link';
import { warmNow, warmOnIntent } from './warm-playground';

const SAVE_DELAY_MS = 300;
/** How long the reader pauses typing before the code is built in the background (Engine.prepare). */
const PREPARE_DELAY_MS = 250;

/**
 * <async-playground>: wires the server-rendered markup of Playground.astro to the engine.
 * It renders nothing itself; it reacts to the buttons and keys and passes data along.
 */
export class AsyncPlayground extends HTMLElement {
  private controller: AbortController | undefined;
  private view!: CodeView;
  private files: Record<string, string> = {};
  private original = '';
  private beforeReset: string | undefined;
  private saveTimer = 0;
  private prepareTimer = 0;
  /** The code of the last run, so its output can say when the code has changed since. */
  private ranCode: string | undefined;
  private strings: Record<string, string> = {};
  /** data-language: the same element runs TypeScript (bundled) and Python (main.py as written). */
  private language: 'typescript' | 'python' = 'typescript';
  private mainFile = 'main.ts';
  /** The URL of the bundle the build made of this playground's files as written (data-prebuilt). */
  private prebuilt: string | undefined;
  /** The standalone playground: its code lives in the page's #code/ link (share-link.ts). */
  private share = false;
  connectedCallback(): void {
    if (this.view) return;
    this.strings = JSON.parse(this.dataset['strings'] ?? '{}') as Record<string, string>;
    this.files = JSON.parse(this.querySelector('script[data-files]')?.textContent ?? '{}') as Record<string, string>;
    this.language = this.dataset['language'] === 'python' ? 'python' : 'typescript';
    this.mainFile = this.language === 'python' ? 'main.py' : 'main.ts';
    this.original = this.files[this.mainFile] ?? '';
    this.prebuilt = this.dataset['prebuilt'] || undefined;
    const store = createCodeStore(browserStorage(window));
    const key = this.storageKey();
    const saved = store.load(key);
    const host = this.find('[data-code-host]');
    // The standalone playground opens the code in its #code/ link, and keeps the link up to date.
    this.share = this.dataset['share'] === 'true';
    const shared = this.share ? decodeShareHash(window.location.hash) : ({ kind: 'none' } as const);
    this.view = createCodeView({
      host,
      modelId: this.dataset['playground'] ?? 'main',
      language: this.language,
      original: this.original,
      initial: shared.kind === 'code' ? shared.code : (saved ?? this.original),
      fill: this.share,
      ariaLabel: this.strings['pg.editorLabel'] ?? 'Code editor',
      plainAriaLabel: this.strings['pg.plainEditorLabel'] ?? 'Code',
      onChange: (code) => this.changed(code),
      onRun: () => void this.run(),
      onEditorFailed: () => this.warn(this.text('pg.editorFailed')),
    });
    this.markEdited();
    if (shared.kind === 'invalid') this.warn(this.text('pg.badLink'));

    // The console, timeline and status bar cost 10–45 ms a playground to set up: made as the page's modules
    // ran, they were most of the longest frame before a first Run (issue 17 §1). They wait for idle time or
    // first use (capturing: before a click reaches Timeline, Table or Clear). An open timeline's idle
    // state is in the HTML meanwhile (PlaygroundShell.astro).
    const makeOutput = (): void => void this.output;
    this.addEventListener('click', makeOutput, { capture: true, once: true });
    whenIdle(makeOutput);

    this.addEventListener('click', (event) => {
      const action = (event.target as Element).closest<HTMLElement>('[data-action]')?.dataset['action'];
      if (action === 'run') void this.run();
      else if (action === 'stop') this.controller?.abort();
      else if (action === 'clear') this.output.clearConsole();
      else if (action === 'edit') void this.view.edit();
      else if (action === 'reset') this.reset();
      else if (action === 'undo-reset') this.undoReset();
      else if (action === 'share') void this.shareLink.copy();
    });
    host.addEventListener('click', () => {
      if (!this.view.editing) void this.view.edit();
    });
    // The editor is fetched on intent, not on idle: most readers only press Run, and the ~3 MB
    // would compete with what Run needs. A hover or focus gives it a head start of a few hundred ms.
    const prefetch = (): void => this.view.prefetch();
    for (const target of [host, this.find('[data-action="edit"]')]) {
      target.addEventListener('pointerenter', prefetch, { once: true });
      target.addEventListener('focusin', prefetch, { once: true });
    }
    this.addEventListener('keydown', (event) => {
      if ((event.ctrlKey || event.metaKey) && event.key === 'Enter') {
        event.preventDefault();
        void this.run();
      } else if (event.key === 'Enter' && event.target === host.querySelector('pre')) {
        event.preventDefault();
        void this.view.edit();
      }
    });
    warmOnIntent({
      language: this.language,
      playground: this,
      editTargets: [host, this.find('[data-action="edit"]')],
      runButton: this.find('[data-action="run"]'),
      files: () => this.currentFiles(),
      asWritten: () => {
        const code = this.view.value();
        const prebuilt = this.prebuiltFor(code);
        return prebuilt ? { files: this.filesWith(code), prebuilt } : undefined;
      },
      standalone: this.share,
    });
    if (this.share) {
      // The standalone playground opens its editor once the engine is warm and no run is going on,
      // not at once: Monaco's TypeScript worker parses ~9 MB, and on two busy cores it made a Run
      // pressed on a just-opened link take 3–4 s, or slowed the run's own messages to the page.
      // Until then the code is shown as text; a click or key in it opens the editor at once.
      void warmNow(this.language, this.currentFiles()).then(() => this.openEditorWhenIdle());
      this.shareLink.followHashChanges();
    }
  }

  private madeOutput: RunOutput | undefined;
  /** The console, timeline and status bar, made on first use (see connectedCallback). */
  private get output(): RunOutput {
    return (this.madeOutput ??= createRunOutput((selector) => this.find(selector), this.strings));
  }
  private readonly notices = createNotices((selector) => this.find(selector));
  private readonly warn = (message: string): void => this.notices.warn(message);
  private readonly text = (key: string): string => this.strings[key] ?? '';
  private readonly shareLink = createShareLink(() => this.view, this.notices, this.text);

  private find(selector: string): HTMLElement {
    const element = this.querySelector<HTMLElement>(selector);
    if (!element) throw new Error(`<async-playground> is missing ${selector}`);
    return element;
  }

  private storageKey(): string {
    return this.dataset['storageKey'] ?? this.dataset['playground'] ?? 'playground';
  }

  /** The code in the editor now. */
  get code(): string {
    return this.view.value();
  }

  /** Replaces the code as one undoable edit (the exercise's "copy the solution in"), and saves it. */
  replaceCode(code: string): void {
    this.view.replace(code);
    this.changed(code);
  }

  /**
   * A new Run replaces the current one: its output is cleared and its late messages ignored.
   * Exercises pass their checks as an extra file (checks.ts) and receive the results.
   */
  async run(
    engine: Engine = pageEngine(),
    extra: { files?: Record<string, string>; onChecks?: (results: CheckResult[]) => void } = {},
  ): Promise<RunOutcome> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.ranCode = this.view.value();
    this.setStale(false);
    this.output.start();
    this.setRunning(true);
    const code = this.view.value();
    const outcome = await engine.run({
      language: this.language,
      files: { ...this.filesWith(code), ...extra.files },
      prebuilt: extra.files ? undefined : this.prebuiltFor(code),
      timeLimitMs: Number(this.dataset['timeLimitMs'] ?? 10_000),
      signal: controller.signal,
      events: this.output.events(
        () => this.controller === controller,
        (diagnostics) => this.view.setMarkers(diagnostics),
        extra.onChecks,
      ),
    });
    if (this.controller === controller) {
      this.output.finish(outcome);
      this.setRunning(false);
      this.controller = undefined;
      // The course outline marks a lesson done once each of its playgrounds has run.
      createProgressStore(browserStorage(window)).recordRun(this.storageKey());
      document.dispatchEvent(new Event('async-lab:progress-changed'));
    }
    return outcome;
  }

  private currentFiles(): Record<string, string> {
    return this.filesWith(this.view.value());
  }

  private filesWith(code: string): Record<string, string> {
    return { ...this.files, [this.mainFile]: code };
  }

  /** The prebuilt bundle serves the code as written only; an edit needs the compiler. */
  private prebuiltFor(code: string): string | undefined {
    return code === this.original ? this.prebuilt : undefined;
  }

  private setRunning(running: boolean): void {
    this.find('[data-action="stop"]').toggleAttribute('disabled', !running);
    if (!running) this.afterRun?.();
  }

  private afterRun: (() => void) | undefined;

  /** Opens the editor now, or after the run going on; focus only if the reader put it nowhere else. */
  private openEditorWhenIdle(): void {
    if (this.view.editing) return;
    if (this.controller) {
      this.afterRun = () => {
        this.afterRun = undefined;
        // After run() has finished its bookkeeping (the run is over once its controller is gone).
        window.setTimeout(() => this.openEditorWhenIdle());
      };
      return;
    }
    const focus = document.activeElement === document.body || document.activeElement === null;
    void this.view.edit({ focus });
  }

  private changed(code: string): void {
    this.markEdited();
    this.setStale(this.ranCode !== undefined && code !== this.ranCode);
    if (this.share) this.shareLink.update(code);
    // Compile while the reader types: a pause this long usually means the next thing is a Run.
    window.clearTimeout(this.prepareTimer);
    this.prepareTimer = window.setTimeout(() => {
      if (!this.prebuiltFor(code)) pageEngine().prepare({ language: this.language, files: this.filesWith(code) });
    }, PREPARE_DELAY_MS);
    window.clearTimeout(this.saveTimer);
    this.saveTimer = window.setTimeout(() => {
      const store = createCodeStore(browserStorage(window));
      const result =
        code === this.original
          ? (store.remove(this.storageKey()), { ok: true as const })
          : store.save(this.storageKey(), code);
      if (result.ok) this.warn('');
      else this.warn(this.text('pg.storageFull'));
    }, SAVE_DELAY_MS);
  }

  /**
   * Marks the console, timeline and status as belonging to an earlier version of the code, and
   * tells the exercise around it (whose check results are in the same position).
   */
  private setStale(stale: boolean): void {
    if (this.hasAttribute('data-stale') === stale) return;
    this.toggleAttribute('data-stale', stale);
    this.find('[data-stale-note]').hidden = !stale;
    this.dispatchEvent(new CustomEvent('async-lab:stale', { bubbles: true, detail: { stale } }));
  }

  private markEdited(): void {
    const edited = this.view.value() !== this.original;
    this.find('[data-edited]').hidden = !edited;
    this.find('[data-action="reset"]').hidden = !edited;
  }

  private reset(): void {
    this.beforeReset = this.view.value();
    this.view.replace(this.original);
    createCodeStore(browserStorage(window)).remove(this.storageKey());
    this.markEdited();
    this.find('[data-action="undo-reset"]').hidden = false;
  }

  private undoReset(): void {
    if (this.beforeReset === undefined) return;
    this.view.replace(this.beforeReset);
    this.changed(this.beforeReset);
    this.beforeReset = undefined;
    this.find('[data-action="undo-reset"]').hidden = true;
  }
}

if (!customElements.get('async-playground')) customElements.define('async-playground', AsyncPlayground);
