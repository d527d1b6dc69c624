import { defineConfig } from 'vitest/config';

// The build-error fixtures each run a whole `astro build`: a step of their own in `npm test`
// (`npm run test:build-errors`), so the unit suite stays quick.
export default defineConfig({
	test: {
		root: new URL('../..', import.meta.url).pathname,
		include: ['tests/build/**/*.test.ts'],
	},
});
