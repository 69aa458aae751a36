import { missingFigure } from '../types';

/*
 * Figures whose feature is not on main yet. Each counts as a miss. The
 * helper who builds the feature replaces its line by a file of its own
 * (like manager-first-rows.ts) and registers it in ./index.ts.
 */
export const searchKeystroke = missingFigure('search', 'search keystroke to results', 100, 'ms');
export const boardOpen = missingFigure('board', 'board open', 300, 'ms');
export const segmentCount = missingFigure('segment', 'three-criterion segment count', 200, 'ms');
export const exportAll = missingFigure('export', 'export of all contacts', 3000, 'ms');
