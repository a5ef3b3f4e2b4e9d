import js from '@eslint/js';
import { readdirSync } from 'node:fs';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Folders under src/features (one per user journey) and under src/features/workshop (one per step).
const folders = (dir) =>
  readdirSync(new URL(dir, import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
const features = folders('./src/features/');
const workshopSteps = folders('./src/features/workshop/');

// Imports flow one way: domain <- state <- components <- features <- routing <- app, where routing's
// typed paths (src/routing/paths.ts) sit below components, for links. A feature reads other features
// only through the layers above, and a workshop step reads the workshop folder's shared/ (content, the
// current workshop, shared pieces), never another step's internals.
const SRC = ['./src/domain', './src/state', './src/components', './src/features', './src/routing'];
const boundaries = [
  {
    target: './src/domain',
    from: ['./src/state', './src/components', './src/features', './src/app', './src/build'],
    message: 'The domain is pure TypeScript: it imports nothing from the app (docs/decisions/006).',
  },
  {
    target: './src/state',
    from: ['./src/components', './src/features', './src/app'],
    message: 'Stores hold state for the app; they do not import its UI.',
  },
  {
    target: './src/components',
    from: ['./src/state', './src/features', './src/app'],
    message: 'Shared components take what they show as props; they do not read stores or features.',
  },
  {
    target: './src/features',
    from: './src/app',
    message:
      'The app layer composes the features; a feature never imports it (docs/decisions/009).',
  },
  {
    target: [...SRC, './src/app', './src/main.tsx'],
    from: './src/build',
    message:
      'src/build runs on the build machine only; the app never imports it (docs/decisions/017).',
  },
  {
    target: ['./src/domain', './src/state', './src/components', './src/features'],
    from: './src/routing',
    except: ['./paths.ts'],
    message:
      'The page registry and route tables sit above the features; below them only the typed paths (src/routing/paths.ts) are read (docs/decisions/017).',
  },
  {
    target: './src/routing/paths.ts',
    from: ['./src/state', './src/components', './src/features', './src/app'],
    message:
      'The typed paths sit below every page and component that links; they import none of them (docs/decisions/017).',
  },
  {
    target: './src/routing',
    from: './src/app',
    message:
      'The app composes the routes; the page registry never imports it (docs/decisions/017).',
  },
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message:
      'A feature does not import another feature; share it through src/components or the domain.',
  })),
  // The workshop's own page (overview/) shows every step's part of it, as the app composes features.
  ...workshopSteps
    .filter((step) => step !== 'overview' && step !== 'shared')
    .map((step) => ({
      target: `./src/features/workshop/${step}`,
      from: workshopSteps
        .filter((s) => s !== step && s !== 'shared')
        .map((s) => `./src/features/workshop/${s}`),
      message:
        "A workshop step does not import another step's internals; move what both need to src/features/workshop/shared (docs/decisions/017).",
    })),
  {
    target: './src/features/workshop/shared',
    from: workshopSteps.filter((s) => s !== 'shared').map((s) => `./src/features/workshop/${s}`),
    message:
      "The workshop's shared pieces import no step: every step may read them (docs/decisions/017).",
  },
];

export default tseslint.config(
  { ignores: ['dist', 'dist-single', 'node_modules', 'test-results', 'test/lint/fixtures'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Content tests edit raw JSON on purpose to prove the validator catches each mistake.
    files: ['test/content/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'test/lint/fixtures/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // TypeScript files are followed too, so a cycle through them is found.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: boundaries }],
      'import-x/no-cycle': 'error',
    },
  },
  {
    // The domain layer is pure TypeScript: no React, no stores, no DOM, no Node.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'zustand', 'zustand/*'],
              message:
                'The domain is pure TypeScript: no React and no stores (docs/decisions/006).',
            },
            {
              group: ['node:*'],
              message: 'The domain runs in the browser: Node-only code goes in src/build.',
            },
          ],
        },
      ],
    },
  },
);
