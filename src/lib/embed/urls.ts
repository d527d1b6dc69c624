/**
 * Where a section's embed lives, shared by the embed pages, the oEmbed files, the thumbnails and
 * the article page's Embed control. Paths are site-relative with a trailing slash for pages;
 * make them absolute with `new URL(path, Astro.site)`.
 */

/** The embed page of one section: `/embed/<article>/<section>/`. */
export function embedPath(article: string, section: string): string {
	return `/embed/${article}/${section}/`;
}

/** The section's prebuilt oEmbed response: `/oembed/<article>/<section>.json`. */
export function oembedPath(article: string, section: string): string {
	return `/oembed/${article}/${section}.json`;
}

/** The section's thumbnail (its first figure as a PNG), also the embed page's og:image. */
export function thumbnailPath(article: string, section: string): string {
	return `/oembed/${article}/${section}.png`;
}

/** The host script every snippet loads. */
export const HOST_SCRIPT_PATH = '/embed.js';
