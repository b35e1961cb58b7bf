/**
 * The engine's door for teacher links (assignments and submissions). Kept apart from index.ts on
 * purpose: these links are validated with zod, and a schema module cannot be tree-shaken away, so
 * re-exporting them from index.ts put zod (~100 KB) on every lesson page. Only the exercise and
 * assignment pages import this.
 */
export {
  decodeLink,
  encodeAssignment,
  encodeSubmission,
  LINK_WARN_LENGTH,
  type DecodedLink,
  type LinkProblem,
} from './share/assignment-link';
