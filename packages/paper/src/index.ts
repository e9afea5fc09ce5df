export { toMarkdown, escapeMarkdown } from './toMarkdown.js';
export { labelsFor, type PaperLanguage, type PaperLabels } from './labels.js';
