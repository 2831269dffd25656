import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', '.dist/', 'node_modules/', 'coverage/', 'runs/'] },
  {
    files: ['bench/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': ['error',
        { object: 'Math', property: 'random', message: 'Use the run\'s seeded generator: runs must be reproducible.' },
        { object: 'Date', property: 'now', message: 'Simulated time only: no wall clock inside a run.' }],
    },
  },
  {
    files: ['src/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [{ name: 'yaml', allowTypeImports: true, message: 'Load it with yamlLib() (src/scenario/yaml-lib.ts): importing it costs every start-up.' }],
      }],
    },
  },
  {
    files: ['scripts/**', 'bin/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
