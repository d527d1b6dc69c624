// A minimal static file server for the built site, for the benchmark and for tests that need a
// second origin (Astro allows one `astro preview` per project). Serves dist/ as a static host
// would: `/dir/` → `/dir/index.html`, 404 otherwise, text gzipped when the client accepts it
// (so the benchmark counts the bytes a reader's phone would receive), and, when asked, with the
// headers the site's `_headers` file gives (as Netlify and Cloudflare Pages apply it).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.json': 'application/json',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
	'.pdf': 'application/pdf',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.txt', '.xml']);

/**
 * The rules of a `_headers` file: a path pattern (`*` for any rest, `:name` for one segment) on
 * its own line, then its headers indented below it; `#` starts a comment.
 * @param {string} text
 * @returns {{ pattern: RegExp, headers: Record<string, string> }[]}
 */
export function parseHeadersFile(text) {
	/** @type {{ pattern: RegExp, headers: Record<string, string> }[]} */
	const rules = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&');
			const pattern = source.replace(/\*/g, '.*').replace(/:\w+/g, '[^/]+');
			rules.push({ pattern: new RegExp(`^${pattern}$`), headers: {} });
		} else {
			const [name = '', ...value] = line.trim().split(':');
			const rule = rules.at(-1);
			if (rule) rule.headers[name.trim().toLowerCase()] = value.join(':').trim();
		}
	}
	return rules;
}

/**
 * Serves `root` on 127.0.0.1:`port`; resolves with a function that stops the server. With
 * `headersFile`, every response carries the headers of each rule its path matches.
 * @param {string} root
 * @param {number} port
 * @param {{ headersFile?: string }} [options]
 * @returns {Promise<() => Promise<void>>}
 */
export async function serveStatic(root, port, { headersFile } = {}) {
	const rules = headersFile ? parseHeadersFile(await readFile(headersFile, 'utf8')) : [];
	/** @param {string} path */
	const headersFor = (path) =>
		Object.assign({}, ...rules.filter((rule) => rule.pattern.test(path)).map((r) => r.headers));
	/** Gzipped bodies, made once per file (the build does not change while it is served). */
	const gzipped = new Map();
	const server = createServer(async (request, response) => {
		const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
		const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
		try {
			let body = await readFile(file);
			const headers = {
				...headersFor(path),
				'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			};
			if (
				COMPRESSIBLE.has(extname(file)) &&
				/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))
			) {
				if (!gzipped.has(file)) gzipped.set(file, gzipSync(body, { level: 9 }));
				body = gzipped.get(file);
				headers['content-encoding'] = 'gzip';
			}
			response.writeHead(200, headers);
			response.end(body);
		} catch {
			response.writeHead(404, { 'content-type': 'text/plain' });
			response.end('Not found');
		}
	});
	await new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(undefined)));
	return () => new Promise((resolve) => server.close(() => resolve()));
}
