// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { CUSTOM_MEDIA } from './src/styles/breakpoints.ts';
import { customMediaPlugin } from './src/lib/util/custom-media.ts';
import { subsetFonts } from './src/integrations/subset-fonts.ts';
import { readerSitemap } from './src/integrations/sitemap.ts';
import { siteUrlWarning } from './src/integrations/site-url.ts';
import { mdxErrorFix } from './src/integrations/mdx-error-fix.ts';
import { keepLastGoodBuild } from './src/integrations/keep-last-good-build.ts';
import { pdfEdition } from './src/integrations/pdf-edition.ts';

// The build-error tests build fixture content (the content collections read this too).
const contentRoot = process.env.READER_CONTENT_DIR ?? './content';

export default defineConfig({
	// Canonical, Open Graph, citation, feed and sitemap URLs are built from this: set SITE_URL
	// when deploying (a production build without it warns).
	site: process.env.SITE_URL ?? 'https://hermit-kingdom.reader.example',
	trailingSlash: 'always',
	build: { inlineStylesheets: 'never' },
	// The build-error tests build into a scratch folder, with a cache of their own so one
	// fixture's entries never leak into the next build.
	outDir: process.env.READER_OUT_DIR ?? './dist',
	...(process.env.READER_CACHE_DIR ? { cacheDir: process.env.READER_CACHE_DIR } : {}),
	integrations: [
		siteUrlWarning(),
		mdx(),
		mdxErrorFix(),
		readerSitemap(`${contentRoot}/articles`),
		subsetFonts(),
		// The PDF editions are printed after the fonts are cut, from the pages as built.
		pdfEdition(),
		// Last: it moves the finished build, with every file the others wrote, into place.
		keepLastGoodBuild(),
	],
	// Essays hold no code blocks; Shiki's colours would be inline styles the CSP refuses.
	markdown: { syntaxHighlight: false },
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
	vite: {
		// CSS names the breakpoints as custom media, `@media (--rd-wide)`; this resolves them.
		css: { postcss: { plugins: [customMediaPlugin(CUSTOM_MEDIA)] } },
		build: {
			// Astro inlines module scripts under this size into every page; as files they are
			// cached across pages and embeds, and the article's HTML stays the text (issue 16's
			// 90 KB). Fonts and images are never this small.
			assetsInlineLimit: 0,
			rollupOptions: {
				// Astro marks each content module with its own "use astro:head-inject" directive and
				// reads it itself; the bundler's warning that it may not keep it is noise, once per
				// MDX file. Every other warning still prints.
				onwarn(warning, warn) {
					if (
						warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
						warning.message.includes('astro:head-inject')
					)
						return;
					warn(warning);
				},
			},
		},
	},
});
