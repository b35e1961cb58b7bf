import { z } from './zod';

/** Current version of the progress file and of what is kept in localStorage. */
export const PROGRESS_VERSION = 1;

const isoTime = z.iso.datetime();

export const exerciseProgressSchema = z
  .object({
    status: z.enum(['attempted', 'passed']).describe('"passed" once every check passed; it stays passed.'),
    at: isoTime.describe('When the status last changed.'),
  })
  .strict();

export const playgroundProgressSchema = z
  .object({
    ran: isoTime.optional().describe('Last time the reader ran this playground.'),
  })
  .strict();

/**
 * Everything the site remembers about one learner, as exported to and imported from a JSON file.
 * Keys of `code` are the saved-edit keys (`<lesson>/<playground>`, `exercise/<slug>`, …).
 */
export const progressSchema = z
  .object({
    format: z.literal('async-lab-progress').describe('Identifies the file, so another JSON file is refused clearly.'),
    version: z.literal(PROGRESS_VERSION).describe('Schema version; older versions would be migrated here.'),
    exportedAt: isoTime.optional(),
    exercises: z.record(z.string().max(200), exerciseProgressSchema).default({}).describe('By exercise slug.'),
    playgrounds: z
      .record(z.string().max(300), playgroundProgressSchema)
      .default({})
      .describe('By storage key "<lesson slug>/<playground id>".'),
    code: z.record(z.string().max(300), z.string().max(200_000)).default({}).describe('Saved code by storage key.'),
  })
  .strict();

export type Progress = z.output<typeof progressSchema>;
export type ExerciseProgress = z.output<typeof exerciseProgressSchema>;
