// A minimal static file server for the built site, for the benchmark and for tests that need a
// second origin (Astro allows one `astro preview` per project). Serves dist/ as a static host
// would: `/dir/` → `/dir/index.html`, 404 otherwise.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

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

/**
 * Serves `root` on 127.0.0.1:`port`; resolves with a function that stops the server.
 * @param {string} root
 * @param {number} port
 * @returns {Promise<() => Promise<void>>}
 */
export async function serveStatic(root, port) {
	const server = createServer(async (request, response) => {
		const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
		const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
		try {
			const body = await readFile(file);
			response.writeHead(200, {
				'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			});
			response.end(body);
		} catch {
			response.writeHead(404, { 'content-type': 'text/plain' });
			response.end('Not found');
		}
	});
	await new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(undefined)));
	return () => new Promise((resolve) => server.close(() => resolve()));
}
