// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { CUSTOM_MEDIA } from './src/styles/breakpoints.ts';
import { customMediaPlugin } from './src/lib/util/custom-media.ts';
import { subsetFonts } from './src/integrations/subset-fonts.ts';

export default defineConfig({
	// Canonical and Open Graph URLs are built from this; set SITE_URL when deploying elsewhere.
	site: process.env.SITE_URL ?? 'https://hermit-kingdom.reader.example',
	trailingSlash: 'always',
	build: { inlineStylesheets: 'never' },
	// The build-error tests build fixture content into a scratch folder.
	outDir: process.env.READER_OUT_DIR ?? './dist',
	integrations: [mdx(), subsetFonts()],
	devToolbar: { enabled: false },
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			styleDirective: {
				resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }],
			},
		},
	},
	// CSS names the breakpoints as custom media, `@media (--rd-wide)`; this resolves them.
	vite: { css: { postcss: { plugins: [customMediaPlugin(CUSTOM_MEDIA)] } } },
});
