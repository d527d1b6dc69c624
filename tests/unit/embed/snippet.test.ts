import { describe, expect, it } from 'vitest';
import {
	embedUrls,
	estimatedHeight,
	iframeSnippet,
	oembedResponse,
	scriptSnippet,
	THUMBNAIL_SIZE,
	type EmbedTarget,
} from '../../../src/lib/embed/snippet';

const target: EmbedTarget = {
	article: 'an-essay',
	section: 'the-crash',
	title: 'Rates & “crashes”',
	original: { title: 'On <Money>', author: 'A. Writer' },
	hasFigure: true,
	site: 'https://reader.example',
};

describe('embedUrls', () => {
	it('makes the shared paths absolute against the site', () => {
		expect(embedUrls(target)).toEqual({
			embed: 'https://reader.example/embed/an-essay/the-crash/',
			section: 'https://reader.example/an-essay/#the-crash',
			oembed: 'https://reader.example/oembed/an-essay/the-crash.json',
			thumbnail: 'https://reader.example/oembed/an-essay/the-crash.png',
			hostScript: 'https://reader.example/embed.js',
		});
	});
});

describe('scriptSnippet', () => {
	it('is the placeholder quote with a link to the section, then the host script', () => {
		expect(scriptSnippet(target)).toBe(
			'<blockquote class="reader-embed" data-embed="https://reader.example/embed/an-essay/the-crash/">' +
				'<p><a href="https://reader.example/an-essay/#the-crash">Rates &amp; “crashes”</a>, ' +
				'from an annotated reading of “On &lt;Money&gt;” (A. Writer)</p></blockquote>' +
				'<script async src="https://reader.example/embed.js"></script>',
		);
	});
});

describe('iframeSnippet', () => {
	it('names the frame, loads it lazily and sandboxes it, still allowing scripts and new tabs', () => {
		const html = iframeSnippet(target);
		expect(html).toMatch(/^<iframe src="https:\/\/reader\.example\/embed\/an-essay\/the-crash\/"/);
		expect(html).toContain(
			'title="Rates &amp; “crashes”, from an annotated reading of “On &lt;Money&gt;”"',
		);
		expect(html).toContain('loading="lazy"');
		expect(html).toContain(
			'sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"',
		);
		expect(html).toContain(`height="${estimatedHeight(target)}"`);
		expect(html).not.toContain('allow-top-navigation');
	});

	it('starts a section without a figure shorter', () => {
		expect(estimatedHeight({ hasFigure: false })).toBeLessThan(
			estimatedHeight({ hasFigure: true }),
		);
	});
});

describe('oembedResponse', () => {
	const response = oembedResponse(target);

	it('has the fields oEmbed 1.0 requires of a rich response', () => {
		expect(response).toMatchObject({ type: 'rich', version: '1.0' });
		expect(response.width).toBeGreaterThan(0);
		expect(response.height).toBe(estimatedHeight(target));
		expect(Number.isInteger(response.width) && Number.isInteger(response.height)).toBe(true);
	});

	it('is a quote linking to the section followed by the plain iframe', () => {
		expect(response.html).toBe(
			'<blockquote class="reader-embed-fallback"><p><a href="https://reader.example/an-essay/#the-crash">' +
				'Rates &amp; “crashes”</a>, from an annotated reading of “On &lt;Money&gt;” (A. Writer)</p>' +
				`</blockquote>${iframeSnippet(target)}`,
		);
	});

	it('credits the original author and names the provider and thumbnail', () => {
		expect(response).toMatchObject({
			title: 'Rates & “crashes”, from an annotated reading of “On <Money>”',
			author_name: 'A. Writer',
			provider_name: 'Annotated readings',
			provider_url: 'https://reader.example/',
			thumbnail_url: 'https://reader.example/oembed/an-essay/the-crash.png',
			thumbnail_width: THUMBNAIL_SIZE.width,
			thumbnail_height: THUMBNAIL_SIZE.height,
		});
		expect(response).not.toHaveProperty('author_url');
	});
});
