/**
 * The course's Chinese terms: one term per idea, across lessons, exercises and the UI.
 * src/course/zh-terms.test.ts fails when zh-cn prose uses an avoided variant, and when the
 * reader-facing glossary (content/lessons/zh-cn/glossary.mdx) names a term differently.
 * Text inside “…” is exempt: that is where the course quotes the notes' own wording.
 */
export interface Term {
  /** The English term, as the en pages use it. */
  en: string;
  /** The one Chinese term for it. */
  zh: string;
  /** Variants that must not appear in zh-cn prose, each with the reason a reader would be misled. */
  avoid?: readonly { text: string; why: string }[];
  /** The heading of its entry in the zh-cn glossary, when it has one. */
  glossaryHeading?: string;
}

export const terms: readonly Term[] = [
  {
    en: 'event loop',
    zh: '事件循环',
    avoid: [{ text: '任务循环', why: 'the notes’ name; the Python docs and this course say 事件循环' }],
    glossaryHeading: '事件循环（event loop）',
  },
  { en: 'coroutine', zh: '协程', glossaryHeading: '协程（coroutine）' },
  { en: 'task', zh: '任务', glossaryHeading: '任务（task）' },
  { en: 'awaitable', zh: '可等待对象', glossaryHeading: '可等待对象（awaitable）' },
  {
    en: 'microtask / macrotask',
    zh: '微任务 / 宏任务',
    glossaryHeading: '微任务 / 宏任务（microtask / macrotask）',
  },
  { en: 'ready queue', zh: '就绪队列', glossaryHeading: '就绪队列（ready queue）' },
  {
    en: 'settle (a promise is fulfilled or rejected)',
    zh: '敲定',
    avoid: [{ text: '落定', why: 'the lessons say 敲定; two words read as two ideas' }],
    glossaryHeading: '敲定（settle）',
  },
  {
    en: 'timer',
    zh: '定时器',
    avoid: [{ text: '计时器', why: 'a 计时器 measures time; setTimeout schedules work (定时器)' }],
  },
  { en: 'blocking', zh: '阻塞', glossaryHeading: '阻塞（blocking）' },
  { en: 'debug mode (asyncio)', zh: '调试模式', glossaryHeading: '调试模式（debug mode）' },
  { en: 'I/O-bound', zh: 'I/O 密集型', glossaryHeading: 'I/O 密集型（I/O-bound）' },
  { en: 'CPU-bound', zh: 'CPU 密集型', glossaryHeading: 'CPU 密集型（CPU-bound）' },
  {
    en: 'concurrency and parallelism',
    zh: '并发与并行',
    avoid: [
      {
        text: '并行推进',
        why: 'coroutines on one event loop take turns: that is 并发, and 并行 means at the same instant',
      },
    ],
    glossaryHeading: '并发与并行（concurrency and parallelism）',
  },
  {
    en: 'abort (an AbortSignal, a fetch)',
    zh: '中止',
    avoid: [
      { text: '请求被取消', why: 'a fetch is aborted (中止); 取消 is for Python’s task.cancel()' },
      { text: '取消请求', why: 'a fetch is aborted (中止); 取消 is for Python’s task.cancel()' },
      { text: '取消发往', why: 'a fetch is aborted (中止); 取消 is for Python’s task.cancel()' },
      { text: 'AbortController 取消', why: 'AbortController aborts (中止)' },
    ],
    glossaryHeading: '中止与取消（abort and cancel）',
  },
  { en: 'cancel (a task)', zh: '取消' },
  { en: 'timeout', zh: '超时', glossaryHeading: '超时（timeout）' },
  { en: 'deadline', zh: '截止时间' },
  { en: 'structured concurrency', zh: '结构化并发', glossaryHeading: '结构化并发（structured concurrency）' },
  { en: 'unhandled rejection', zh: '未处理的拒绝' },
  { en: 'critical section', zh: '临界区', glossaryHeading: '临界区（critical section）' },
  { en: 'lost update', zh: '丢失更新' },
  { en: 'async generator', zh: '异步生成器', glossaryHeading: '异步生成器（async generator）' },
];
