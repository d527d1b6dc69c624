// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default tseslint.config(
	{
		ignores: [
			'dist/',
			'.astro/',
			'node_modules/',
			'tests/fixtures/*/dist/',
			'.*-building/',
			'tests/fixtures/.broken/',
			'test-results/',
			'playwright-report/',
		],
	},
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{
		rules: {
			'no-console': 'error',
			'@typescript-eslint/no-explicit-any': 'error',
		},
	},
	{
		files: ['tests/**', '**/*.mjs'],
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
		rules: { 'no-console': 'off' },
	},
);
