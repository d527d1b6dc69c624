import { defineConfig } from 'vitest/config';

// Unit and golden tests of the engine (on the kitchen sink), and the content checks of the
// essay. The build-error fixtures have their own config: tests/build/vitest.config.ts.
export default defineConfig({
	test: {
		root: new URL('..', import.meta.url).pathname,
		include: ['tests/unit/**/*.test.ts', 'tests/golden/**/*.test.ts', 'tests/content/**/*.test.ts'],
	},
});
