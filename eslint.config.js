import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The database is opened in lib/ only: components read through named hooks and
// write through lib/service (README, "Pages and the service"). Types may be imported.
// zod's eval probe is a CSP violation in every extension page: lib/zod.ts turns it off before any schema exists.
const ZOD_THROUGH_LIB = { name: 'zod', message: "Import z from lib/zod.ts (it sets zod's jitless mode before any schema is built).", allowTypeImports: true };
const DATABASE_OUTSIDE_LIB = {
  paths: [{ name: 'dexie', message: 'Open the database in lib/ only (lib/service reads and writes).', allowTypeImports: true }, ZOD_THROUGH_LIB],
  patterns: [
    {
      group: ['**/lib/db/database', '**/lib/db/database.ts'],
      message: 'Open the database in lib/ only: read through a named hook (components/hooks), write through lib/service.',
      allowTypeImports: true,
    },
  ],
};
const LIVE_QUERY_IN_HOOKS = {
  name: 'dexie-react-hooks',
  message: 'Read through a named hook (components/hooks/use*.ts, or a use*.ts file of the area), not useLiveQuery in a component.',
};

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node, chrome: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Scraped text must never become HTML.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render page text as text (textContent), never as HTML.' },
        { property: 'outerHTML', message: 'Render page text as text (textContent), never as HTML.' },
        { property: 'insertAdjacentHTML', message: 'Render page text as text, never as HTML.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render page text as text, never as HTML.' },
      ],
    },
  },
  {
    // React code only: Playwright fixtures also call a function named `use`.
    files: ['components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // One component set (components/ui): no bare native select, radio or file input elsewhere.
    files: ['components/**/*.tsx', 'entrypoints/**/*.tsx'],
    ignores: ['components/ui/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render page text as text, never as HTML.' },
        { selector: "JSXOpeningElement[name.name='select']", message: 'Use Select from components/ui/Select.' },
        { selector: "JSXOpeningElement[name.name='input'] > JSXAttribute[name.name='type'][value.value='radio']", message: 'Use RadioGroup from components/ui/RadioGroup.' },
        { selector: "JSXOpeningElement[name.name='input'] > JSXAttribute[name.name='type'][value.value='file']", message: 'Use FilePicker from components/ui/FilePicker.' },
      ],
    },
  },
  {
    files: ['components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { ...DATABASE_OUTSIDE_LIB, paths: [...DATABASE_OUTSIDE_LIB.paths, LIVE_QUERY_IN_HOOKS] }] },
  },
  {
    // Named hooks may wrap useLiveQuery; they still reach the base through lib/.
    files: ['components/**/use*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', DATABASE_OUTSIDE_LIB] },
  },
  {
    files: ['lib/**/*.ts'],
    ignores: ['lib/zod.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: [ZOD_THROUGH_LIB] }] },
  },
);
