/**
 * What a host pastes to embed one section, written once for the article page's Embed control,
 * the oEmbed files and the embed page's head. The host script (`/embed.js`) reads the
 * placeholder's `data-embed`; without it, or without JavaScript, the placeholder stays a quote
 * with a link to the section.
 */
import { escapeXml } from '../util/escape';
import { embedPath, HOST_SCRIPT_PATH, oembedPath, thumbnailPath } from './urls';

/** One section as the snippets name it. Every URL is made absolute against `site`. */
export interface EmbedTarget {
	/** The article's slug (its folder under content/articles). */
	readonly article: string;
	/** The section's slug: its anchor on the article page. */
	readonly section: string;
	/** The section's heading. */
	readonly title: string;
	/** The work the article retells, credited in every snippet. */
	readonly original: { readonly title: string; readonly author: string };
	/** Whether the section has a figure: it sets the first guess at the iframe's height. */
	readonly hasFigure: boolean;
	/** The site's origin, `Astro.site`. */
	readonly site: URL | string;
}

/** The iframe's width in the oEmbed response; the snippets themselves take the host's width. */
export const EMBED_WIDTH = 640;
/** The thumbnail's size in pixels: the common link-preview card. */
export const THUMBNAIL_SIZE = { width: 1200, height: 630 } as const;

// The host script and the embed's height messages correct these; they only keep a host that
// runs neither from starting with a sliver. A figure is 640×400 plus its step text.
const HEIGHT_WITH_FIGURE = 760;
const HEIGHT_TEXT_ONLY = 480;

/** The first height a host gives the iframe, before the embed reports its own. */
export function estimatedHeight(target: Pick<EmbedTarget, 'hasFigure'>): number {
	return target.hasFigure ? HEIGHT_WITH_FIGURE : HEIGHT_TEXT_ONLY;
}

/** The absolute URLs of a section's embed, article anchor, oEmbed file and thumbnail. */
export function embedUrls(target: EmbedTarget) {
	const at = (path: string) => new URL(path, target.site).href;
	return {
		embed: at(embedPath(target.article, target.section)),
		section: at(`/${target.article}/#${target.section}`),
		oembed: at(oembedPath(target.article, target.section)),
		thumbnail: at(thumbnailPath(target.article, target.section)),
		hostScript: at(HOST_SCRIPT_PATH),
	};
}

/** What the thumbnail shows, for `og:image:alt`. */
export function thumbnailAlt(target: EmbedTarget): string {
	return `${target.hasFigure ? 'The first figure of' : 'Title card of'} “${target.title}”, from an annotated reading of “${target.original.title}”`;
}

/** The iframe's accessible name. */
export function embedTitle(target: EmbedTarget): string {
	return `${target.title}, from an annotated reading of “${target.original.title}”`;
}

function fallbackLink(target: EmbedTarget): string {
	const { section } = embedUrls(target);
	return `<a href="${escapeXml(section)}">${escapeXml(target.title)}</a>, from an annotated reading of “${escapeXml(target.original.title)}” (${escapeXml(target.original.author)})`;
}

/** The placeholder and host script: the snippet most hosts should paste. */
export function scriptSnippet(target: EmbedTarget): string {
	const urls = embedUrls(target);
	return `<blockquote class="reader-embed" data-embed="${escapeXml(urls.embed)}"><p>${fallbackLink(target)}</p></blockquote><script async src="${escapeXml(urls.hostScript)}"></script>`;
}

// Scripts and same-origin storage for the embed's own settings, and links that open a new tab
// outside the sandbox; no forms, no top navigation.
const SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

/** A bare iframe for hosts that strip scripts; the embed sizes it where the host listens. */
export function iframeSnippet(target: EmbedTarget): string {
	const urls = embedUrls(target);
	return `<iframe src="${escapeXml(urls.embed)}" title="${escapeXml(embedTitle(target))}" loading="lazy" sandbox="${SANDBOX}" style="width:100%;border:0" height="${estimatedHeight(target)}"></iframe>`;
}

/** An oEmbed 1.0 response of type `rich` (https://oembed.com/, section 2.3.4). */
export interface OEmbedRich {
	readonly type: 'rich';
	readonly version: '1.0';
	readonly html: string;
	readonly width: number;
	readonly height: number;
	readonly title: string;
	readonly author_name: string;
	readonly provider_name: string;
	readonly provider_url: string;
	readonly thumbnail_url: string;
	readonly thumbnail_width: number;
	readonly thumbnail_height: number;
	readonly cache_age: number;
}

/** The site's name as a provider. */
export const PROVIDER_NAME = 'Annotated readings';
// A day: a consumer refreshes its copy when a section is revised.
const CACHE_AGE = 86_400;

/**
 * The section's oEmbed response: its `html` is a quote linking to the section followed by the
 * iframe, the shape WordPress expects (it shows the quote until the iframe reports its height).
 * The author is the original essay's; no `author_url`, as the content names no page of theirs.
 */
export function oembedResponse(target: EmbedTarget): OEmbedRich {
	const urls = embedUrls(target);
	const html = `<blockquote class="reader-embed-fallback"><p>${fallbackLink(target)}</p></blockquote>${iframeSnippet(target)}`;
	return {
		type: 'rich',
		version: '1.0',
		html,
		width: EMBED_WIDTH,
		height: estimatedHeight(target),
		title: embedTitle(target),
		author_name: target.original.author,
		provider_name: PROVIDER_NAME,
		provider_url: new URL('/', urls.embed).href,
		thumbnail_url: urls.thumbnail,
		thumbnail_width: THUMBNAIL_SIZE.width,
		thumbnail_height: THUMBNAIL_SIZE.height,
		cache_age: CACHE_AGE,
	};
}
