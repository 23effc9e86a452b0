import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

export default ts.config(
  {
    ignores: [
      'dist/',
      '.ssr/',
      'node_modules/',
      'public/data/',
      'bench/results/',
      'bench/.floor/',
      'tests/fixtures/',
      'reports/',
      '.stryker-tmp/',
      // Each developer's own notes and probes, never committed (.gitignore).
      '.scratch/',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Svelte does not sanitise {@html}; data and URL text must never reach it.
      'svelte/no-at-html-tags': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig },
    },
  },
  {
    // State classes build their lookup maps once and never mutate them reactively; the one
    // mutated map (pending announcements) is deliberately not reactive.
    files: ['src/state/**/*.svelte.ts'],
    rules: { 'svelte/prefer-svelte-reactivity': 'off' },
  },
  {
    // src/lib is pure: no DOM, no Svelte, no MapLibre.
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['svelte', 'svelte/*', 'maplibre-gl', '**/state/*', '**/components/*'] }],
      'no-restricted-globals': ['error', 'window', 'document', 'location', 'history', 'navigator', 'localStorage'],
    },
  },
  {
    // A language's typography needs its no-break spaces (French "50 %", "Vérifié : …").
    files: ['src/lib/i18n/messages/*.ts'],
    rules: { 'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true }] },
  },
);
