import type { AstroIntegration } from 'astro';

/**
 * Canonical, Open Graph, citation, feed and sitemap URLs are absolute, built from `site`. Without
 * SITE_URL they point at a placeholder host, fine for tests and previews but wrong on the web:
 * a production build says so, at the end where it is seen.
 */
export function siteUrlWarning(): AstroIntegration {
	let site = '';
	return {
		name: 'reader:site-url',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = config.site ?? '';
			},
			'astro:build:done': ({ logger }) => {
				if (process.env.SITE_URL) return;
				logger.warn(
					[
						'',
						'*'.repeat(72),
						`SITE_URL is not set: canonical links, citations, the sitemap and the feed point at ${site}.`,
						'Fine for a local preview; for a deployment, build with the site address, e.g.',
						'  SITE_URL=https://example.org npm run build',
						'*'.repeat(72),
					].join('\n'),
				);
			},
		},
	};
}
