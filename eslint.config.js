import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/**
 * The layers are the architecture (ARCHITECTURE.md): shared imports nothing else in src;
 * the renderer never imports main, Node or Electron; only the Electron entry, the IPC
 * transport and the preload import electron.
 */
const toMain = { group: ['**/main/**', '**/main'], message: 'Dette laget kan ikke importere src/main.' };
const toRenderer = { group: ['**/renderer/**', '**/renderer'], message: 'Dette laget kan ikke importere src/renderer.' };
const toElectron = { group: ['electron', 'electron/*'], message: 'Bare Electron-inngangen, IPC-transporten og preload kan importere electron.' };
const toNode = { group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'better-sqlite3*', 'pdfkit', 'pdfjs-dist*'], message: 'Dette laget kjører ikke i Node.' };
const toReact = { group: ['react', 'react-dom', 'react-dom/*', '@oslokommune/*'], message: 'src/shared er ren TypeScript uten UI.' };

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.electron-native/**'] },
  ...tseslint.configs.recommended,
  {
    languageOptions: { parserOptions: { ecmaVersion: 2023, sourceType: 'module' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['src/shared/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [toMain, toRenderer, toElectron, toNode, toReact] }] },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': ['error', { patterns: [toMain, toElectron, toNode] }],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/electron/**', 'src/main/transports/ipc.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [toRenderer, toElectron] }] },
  },
  {
    files: ['src/main/electron/**/*.ts', 'src/main/transports/ipc.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [toRenderer] }] },
  },
);
