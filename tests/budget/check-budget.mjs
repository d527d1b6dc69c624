// Byte budgets for every built article page and embed page, gzipped: the JavaScript it runs
// (inline and external), its HTML, its CSS, its fonts, and all of them together; and for the
// host script other sites load (/embed.js). Fails with the figures when one is over.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const KB = 1024;
export const BUDGETS = {
	js: 30 * KB,
	html: 90 * KB,
	css: 20 * KB,
	fonts: 100 * KB,
	total: 200 * KB,
};
/** The host script runs on other people's pages: it must stay small (issue 17). */
export const HOST_SCRIPT_BUDGET = 3 * KB;

const dist = new URL('../../dist/', import.meta.url).pathname;
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const asset = (href) => readFileSync(join(dist, href.replace(/^\//, '')));

/** The gzipped weight of one built page, by kind. */
export function measure(page) {
	const html = readFileSync(join(dist, page), 'utf8');
	const inlineJs = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map(
		(m) => m[1],
	);
	// A `<script src>` written inside an inline script (a snippet to copy) is text, not a tag.
	const tags = html.replace(/<script type="module">[\s\S]*?<\/script>/g, '');
	const scriptSrcs = [...tags.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
	const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
	const cssHrefs = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map(
		(m) => m[1],
	);
	// Every face the page declares, preloaded or not: a page that sets text in it loads it.
	const fontHrefs = [...new Set(inlineCss.join('\n').match(/[^(),'"]+\.woff2/g) ?? [])];
	const sizes = {
		js: gz(
			Buffer.from(inlineJs.join('\n') + scriptSrcs.map((s) => asset(s).toString()).join('\n')),
		),
		html: gz(Buffer.from(html)),
		css: gz(Buffer.concat([Buffer.from(inlineCss.join('\n')), ...cssHrefs.map(asset)])),
		// woff2 is already compressed: count its bytes as sent.
		fonts: fontHrefs.reduce((sum, href) => sum + asset(href).length, 0),
	};
	return { ...sizes, total: sizes.js + sizes.html + sizes.css + sizes.fonts };
}

function articlePages() {
	return readdirSync(dist, { withFileTypes: true })
		.filter(
			(d) => d.isDirectory() && existsSync(join(dist, d.name, 'index.html')) && d.name !== '_astro',
		)
		.map((d) => `${d.name}/index.html`);
}

/** Every embed page: `embed/<article>/<section>/index.html`. */
function embedPages() {
	const root = join(dist, 'embed');
	if (!existsSync(root)) return [];
	return readdirSync(root, { recursive: true })
		.map(String)
		.filter((file) => file.endsWith('index.html'))
		.map((file) => `embed/${file}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
	let failed = false;
	for (const page of [...articlePages(), ...embedPages()]) {
		const sizes = measure(page);
		const line = Object.entries(BUDGETS).map(([kind, budget]) => {
			const over = sizes[kind] > budget;
			failed ||= over;
			return `${kind} ${(sizes[kind] / KB).toFixed(1)}/${budget / KB} KB${over ? ' OVER' : ''}`;
		});
		console.log(`${page}: ${line.join(' · ')}`);
	}
	const host = gz(asset('/embed.js'));
	failed ||= host > HOST_SCRIPT_BUDGET;
	console.log(
		`embed.js: ${(host / KB).toFixed(1)}/${HOST_SCRIPT_BUDGET / KB} KB${host > HOST_SCRIPT_BUDGET ? ' OVER' : ''}`,
	);
	if (failed) {
		console.error(
			'A page is over its byte budget (gzipped). Trim it or justify raising the budget.',
		);
		process.exit(1);
	}
}
