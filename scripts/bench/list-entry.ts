// Bundled into a blank page by figures/list-extract.ts: the list reader exactly as the content script runs it.
export { extractLinkedInList } from '../../lib/capture/linkedin-list';
