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
};

const dictionaries: Record<Locale, Record<UiKey, string>> = { 'zh-cn': zhCn, en };

/** Returns the UI string lookup for one locale. */
export function useTranslations(locale: Locale): (key: UiKey) => string {
  const dictionary = dictionaries[locale];
  return (key) => dictionary[key];
}
