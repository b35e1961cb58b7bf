import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCourse, type Course } from './course';

let cached: Promise<Course<CollectionEntry<'lessons'>>> | undefined;

/** The checked course, loaded once per build (every page needs the outline). */
export function loadCourse(): Promise<Course<CollectionEntry<'lessons'>>> {
  cached ??= getCollection('lessons').then(buildCourse);
  return cached;
}
