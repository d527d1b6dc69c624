import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		root: new URL('..', import.meta.url).pathname,
		include: [
			'tests/unit/**/*.test.ts',
			'tests/golden/**/*.test.ts',
			'tests/build/**/*.test.ts',
			'tests/content/**/*.test.ts',
		],
	},
});
