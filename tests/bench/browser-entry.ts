// Bundled into the benchmark page by scripts/bench-extract.mjs.
export { extractLinkedInProfile } from '../../lib/capture/linkedin';
export { bigProfileHtml } from './big-profile';
