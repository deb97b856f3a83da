import js from '@eslint/js'
import globals from 'globals'
import { builtinModules } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import tseslint from 'typescript-eslint'

import { browserBundledFiles } from './cms/publish/browserBundle.mjs'

/**
 * The modules bundled into the resident's browser, found by running the
 * portal build's own esbuild options over its entry points (no hand-kept
 * list): they may import only each other and the packages below, and see
 * browser globals. A server import added to any of them (Payload, Node,
 * Next, cms/) fails the lint, and so does one added to a module they start
 * to import, which joins the set.
 */
const BUNDLED_FILES = browserBundledFiles(path.dirname(fileURLToPath(import.meta.url))).filter((file) => /\.[cm]?[jt]sx?$/.test(file))
/** Packages meant for the browser that those modules may import. */
const BROWSER_PACKAGES = ['opencc-js']

const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const NODE_BUILTINS = builtinModules.filter((name) => !name.startsWith('_')).map(escapeRegex).join('|')
const WHERE = 'is bundled into the resident\'s browser (see cms/publish/browserBundle.mjs)'
const browserOnlyImports = {
  // Types are erased by esbuild: importing one from anywhere bundles nothing.
  patterns: [
    { regex: '^(payload|@payloadcms/[^/]+)(/.*)?$', allowTypeImports: true, caseSensitive: true, message: `Payload runs only on the server; this module ${WHERE} and must not import it. Put what the browser needs in a module without server imports.` },
    { regex: `^(node:.*|(${NODE_BUILTINS})(/.*)?)$`, allowTypeImports: true, caseSensitive: true, message: `Node built-ins do not exist in the browser; this module ${WHERE}.` },
    { regex: '^next(/.*)?$', allowTypeImports: true, caseSensitive: true, message: `Next.js modules serve the server and the page build, not the browser; this module ${WHERE}.` },
    { regex: '(^|/)cms(/|$)', allowTypeImports: true, caseSensitive: true, message: `Code under cms/ is server code; this module ${WHERE} and must not import it.` },
    {
      regex: `^(?!\\.{1,2}/)(?!(payload|@payloadcms/[^/]+|node:.*|next|${NODE_BUILTINS}|${BROWSER_PACKAGES.map(escapeRegex).join('|')})(/|$))`,
      allowTypeImports: true, caseSensitive: true,
      message: `Only packages on the browser allowlist (BROWSER_PACKAGES in eslint.config.js) may be imported by a module that ${WHERE}.`,
    },
  ],
}
/** Node's globals switched off, for modules that run in the browser. */
const NO_NODE_GLOBALS = Object.fromEntries(Object.keys(globals.node).filter((name) => !(name in globals.browser)).map((name) => [name, 'off']))

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'data/',
      'cms/.next/',
      'cms/next-env.d.ts',
      'cms/payload-types.ts',
      'cms/app/(payload)/admin/importMap.js',
      'cms/migrations/',
      'site/.next/',
      'site/out/',
      'site/out.*/',
      'site/.build/',
      'site/public/assets/',
      'site/next-env.d.ts',
      'test/.tmp/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    // Code that runs in the resident's browser: exactly what the portal build bundles for it.
    files: BUNDLED_FILES,
    languageOptions: { globals: { ...NO_NODE_GLOBALS, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', browserOnlyImports],
      // typescript-eslint turns no-undef off for TypeScript, so Node's globals are refused by name.
      'no-restricted-globals': ['error', ...['process', 'Buffer', 'require', '__dirname', '__filename', 'global'].map((name) => ({ name, message: `${name} is Node's; this module runs in the resident's browser.` }))],
    },
  },
)
