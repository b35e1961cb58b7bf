/**
 * Everything the engine itself says to a learner — console system lines from the worker, the
 * reasons a run ended, the bundler's load failures, check time-outs — in both of the course's
 * languages. The engine is told the page's locale; it never guesses it. One table per locale, with
 * the same keys (the zh-cn one is typed by the en one, so a missing line fails to compile).
 */
export type Locale = 'zh-cn' | 'en';

const en = {
  'http.done': '↪ simulated {what} → {status} after {ms}',
  'http.aborted': '↪ simulated {what} aborted after {ms}',
  'run.stuck':
    'The top-level code was still awaiting a promise, but no timer, interval, fetch or worker was left ' +
    'that could ever settle it, so the run ended here (Node.js would exit the same way).',
  'run.notResponding':
    'The code stopped responding: for 5 s it never let the event loop run. It may be an endless loop, ' +
    'or it may have run out of memory. The run was stopped; your code is unchanged.',
  'run.sandboxCrashed':
    'The sandbox crashed (it may have run out of memory) and was restarted. Your code is unchanged; Run it again when ready.',
  'run.sandboxDidNotStart': 'The code sandbox did not start. Reload the page.',
  'sandbox.title': 'Code sandbox',
  'run.didNotStart': 'The code did not start within 10 s.',
  'run.runtimeLoad': 'The sandbox runtime could not be loaded ({error}). Check your connection and reload the page.',
  'run.syntax': 'The code has a syntax error; nothing ran.',
  'bundler.wasm':
    'The TypeScript compiler (esbuild.wasm) could not be loaded: {error}. Check your connection and reload the page.',
  'bundler.worker': 'The compiler worker failed to start: {error}. Reload the page.',
  'check.timeout': 'The check did not finish within {s} s.',
  'check.mismatch': 'expected {expected}, got {actual}',
  'check.builtins':
    "the program changed JavaScript's built-ins in a way that cannot be undone (it froze or sealed one), so no check can trust what it computes.",
};

export type MessageKey = keyof typeof en;

const zhCn: Record<MessageKey, string> = {
  'http.done': '↪ 模拟的 {what} → {status}，用时 {ms}',
  'http.aborted': '↪ 模拟的 {what} 在 {ms} 后被中止',
  'run.stuck':
    '顶层代码还在等待一个 Promise，但已经没有任何定时器、interval、fetch 或 worker 能让它敲定，' +
    '所以运行到此结束（Node.js 也会这样退出）。',
  'run.notResponding':
    '代码停止了响应：它连续 5 秒没有让事件循环运转。可能是死循环，也可能是内存耗尽。运行已被停止，你的代码没有改动。',
  'run.sandboxCrashed': '沙箱崩溃了（可能是内存耗尽），已经重新启动。你的代码没有改动，准备好后再点一次“运行”。',
  'sandbox.title': '代码沙箱',
  'run.sandboxDidNotStart': '代码沙箱没有启动。请重新加载页面。',
  'run.didNotStart': '代码没有在 10 秒内开始运行。',
  'run.runtimeLoad': '沙箱运行时无法加载（{error}）。请检查网络连接并重新加载页面。',
  'run.syntax': '代码有语法错误，没有运行。',
  'bundler.wasm': 'TypeScript 编译器（esbuild.wasm）无法加载：{error}。请检查网络连接并重新加载页面。',
  'bundler.worker': '编译器 worker 没能启动：{error}。请重新加载页面。',
  'check.timeout': '这项检查没有在 {s} 秒内完成。',
  'check.mismatch': '应为 {expected}，实际为 {actual}',
  'check.builtins':
    '程序以无法撤销的方式改动了 JavaScript 的内置对象（冻结或密封了其中之一），检查无法信任自己的计算结果。',
};

const tables: Record<Locale, Record<MessageKey, string>> = { en, 'zh-cn': zhCn };

/** The page's locale from `<html lang>`; anything but Chinese reads English. */
export function localeOf(lang: string | null | undefined): Locale {
  return lang?.toLowerCase().startsWith('zh') ? 'zh-cn' : 'en';
}

/** One message in `locale`, with `{name}` placeholders filled from `values`. */
export function message(locale: Locale, key: MessageKey, values: Record<string, string | number> = {}): string {
  return tables[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}
