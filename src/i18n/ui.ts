import type { Locale } from './locales';

const zhCn = {
  'site.name': 'Async Lab',
  'site.tagline': '把 Python asyncio 笔记变成可以运行的 TypeScript 课程',
  'nav.skip': '跳到正文',
  'nav.outline': '课程目录',
  'nav.onThisPage': '本页目录',
  'nav.prev': '上一课',
  'nav.next': '下一课',
  'nav.language': '语言',
  'nav.home': '首页',
  'nav.playground': '练习场',
  'theme.toDark': '切换到深色主题',
  'theme.toLight': '切换到浅色主题',
  'home.title': '课程目录',
  'home.intro':
    '这门课源自一份 Python asyncio 中文笔记。每一课都把笔记里的 Python 原文和可以直接运行的 TypeScript 放在一起,并指出笔记中的错误。',
  'home.start': '从第一课开始',
  'home.sections': '对应笔记章节',
  'lesson.sections': '对应笔记章节:',
  'lesson.pythonLabel': 'Python(笔记原文)',
  'note.label': '笔记勘误',
  'notfound.title': '找不到这个页面',
  'pg.run': '运行',
  'pg.stop': '停止',
  'pg.edit': '编辑',
  'pg.reset': '还原',
  'pg.undoReset': '撤销还原',
  'pg.clear': '清空',
  'pg.share': '分享',
  'pg.copied': '链接已复制',
  'pg.console': '控制台',
  'pg.edited': '已修改',
  'pg.editHint': '点击代码即可编辑;Ctrl/⌘+Enter 运行。',
  'pg.state.idle': '就绪',
  'pg.state.loading': '编译中…',
  'pg.state.running': '运行中…',
  'pg.state.done': '完成,用时 {ms}',
  'pg.state.error': '出错,用时 {ms}',
  'pg.state.stopped': '已在 {ms} 后停止',
  'pg.state.timeout': '超时:运行超过 {ms}',
  'pg.dropped': '为保持页面流畅,省略了较早的 {n} 条输出',
  'pg.storageFull': '无法保存你的修改(浏览器存储已满或被禁用)。你可以继续编辑,但刷新后修改会丢失。',
  'pg.editorFailed': '编辑器加载失败,已改用纯文本编辑。',
  'pg.editorLabel': '代码编辑器。按 Ctrl+M(Mac 上 Ctrl+Shift+M)切换 Tab 键是否移出编辑器。',
  'pg.warning': '提示',
  'pg.badLink': '这个分享链接已损坏或过长,无法打开,下面显示的是默认代码。',
  'pg.copyFailed': '无法自动复制,请手动复制这个链接:',
  'playground.title': '练习场',
  'playground.intro': '在这里随意编写和运行 TypeScript。可以从 TypeScript Playground 粘贴 #code/ 链接,也可以用“分享”按钮复制链接。',
} as const;

export type UiKey = keyof typeof zhCn;

const en: Record<UiKey, string> = {
  'site.name': 'Async Lab',
  'site.tagline': 'Python asyncio notes, turned into a TypeScript course you can run',
  'nav.skip': 'Skip to content',
  'nav.outline': 'Course outline',
  'nav.onThisPage': 'On this page',
  'nav.prev': 'Previous',
  'nav.next': 'Next',
  'nav.language': 'Language',
  'nav.home': 'Home',
  'nav.playground': 'Playground',
  'theme.toDark': 'Switch to dark theme',
  'theme.toLight': 'Switch to light theme',
  'home.title': 'Course outline',
  'home.intro':
    'This course grows out of a set of Chinese notes on Python asyncio. Each lesson keeps the notes’ Python beside TypeScript you can run, and corrects the notes where they are wrong.',
  'home.start': 'Start with the first lesson',
  'home.sections': 'Sections of the notes',
  'lesson.sections': 'Sections of the notes:',
  'lesson.pythonLabel': 'Python (from the notes)',
  'note.label': 'Correction to the notes',
  'notfound.title': 'Page not found',
  'pg.run': 'Run',
  'pg.stop': 'Stop',
  'pg.edit': 'Edit',
  'pg.reset': 'Reset',
  'pg.undoReset': 'Undo reset',
  'pg.clear': 'Clear',
  'pg.share': 'Share',
  'pg.copied': 'Link copied',
  'pg.console': 'Console',
  'pg.edited': 'edited',
  'pg.editHint': 'Click the code to edit it; Ctrl/⌘+Enter runs.',
  'pg.state.idle': 'Ready',
  'pg.state.loading': 'Compiling…',
  'pg.state.running': 'Running…',
  'pg.state.done': 'Done in {ms}',
  'pg.state.error': 'Error after {ms}',
  'pg.state.stopped': 'Stopped after {ms}',
  'pg.state.timeout': 'Timed out after {ms}',
  'pg.dropped': '{n} earlier lines were dropped to keep the page responsive',
  'pg.storageFull': 'Your edits could not be saved (browser storage is full or blocked). You can keep editing, but a reload will lose them.',
  'pg.editorFailed': 'The editor could not load; you are editing plain text instead.',
  'pg.editorLabel': 'Code editor. Press Ctrl+M (Ctrl+Shift+M on a Mac) to toggle whether Tab moves focus out of the editor.',
  'pg.warning': 'Note',
  'pg.badLink': 'This share link is damaged or too long to open, so the default code is shown.',
  'pg.copyFailed': 'Could not copy automatically; copy this link by hand:',
  'playground.title': 'Playground',
  'playground.intro': 'Write and run any TypeScript here. Links from the TypeScript Playground (#code/…) open here, and Share copies a link to your code.',
};

const dictionaries: Record<Locale, Record<UiKey, string>> = { 'zh-cn': zhCn, en };

/** Returns the UI string lookup for one locale. */
export function useTranslations(locale: Locale): (key: UiKey) => string {
  const dictionary = dictionaries[locale];
  return (key) => dictionary[key];
}

/** The UI strings whose keys start with `prefix`, for handing to client scripts as one JSON blob. */
export function stringsWithPrefix(locale: Locale, prefix: string): Record<string, string> {
  return Object.fromEntries(Object.entries(dictionaries[locale]).filter(([key]) => key.startsWith(prefix)));
}
