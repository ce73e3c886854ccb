export { extractArticle, sniffFormat, type ExtractInput } from './extract.js';
export { htmlToText } from './html/to-text.js';
export { foldForFingerprint, normaliseText, words } from './normalise.js';
