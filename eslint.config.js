import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import scanbay from './electron/tools/eslint/layers.js';

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', '.native/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { scanbay },
    rules: {
      'scanbay/layers': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { disallowTypeAnnotations: false }],
      // Scanners send control characters (GS, CR, EOT) on purpose; decoders match them.
      'no-control-regex': 'off',
    },
  },
  {
    // Migrations must not depend on the current schema's types (Kysely's advice: Kysely<any>).
    files: ['electron/storage/migrations/**', 'electron/storage/migrator.ts', 'electron/storage/dialect.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  { files: ['electron/**', 'test/**', '*.js', '*.ts'], languageOptions: { globals: globals.node } },
  // Tests read untyped JSON bodies and configs.
  { files: ['test/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  {
    files: ['renderer/src/**'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // shared/ is pure: Node and DOM globals are refused as well as imports.
    files: ['shared/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['process', 'Buffer', 'require', '__dirname', '__filename', 'window', 'document', 'navigator', 'localStorage', 'setImmediate'].map(
          (name) => ({ name, message: 'shared/ is pure: no Node or DOM globals. Do not relax this rule: move the code.' }),
        ),
      ],
    },
  },
);
