import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import subsetFont from 'subset-font';
import { FONT_WEIGHTS } from '../styles/font-weights';

/** Built files whose text a reader may see in a web font: pages, scripts, styles, chart scenes. */
const TEXT_FILE = /\.(html|js|css|json)$/;

/**
 * Every character the built site can show: what its files contain (entities decoded), plus
 * printable ASCII so a few characters typed into a later edit never fall back to another face.
 */
export function charactersOf(texts: readonly string[]): string {
	const chars = new Set<string>();
	for (let code = 0x20; code < 0x7f; code++) chars.add(String.fromCharCode(code));
	for (const text of texts) {
		const decoded = text.replace(/&#(x[0-9a-f]+|\d+);/gi, (_, n: string) =>
			String.fromCodePoint(n[0] === 'x' || n[0] === 'X' ? parseInt(n.slice(1), 16) : Number(n)),
		);
		for (const char of decoded) if (char >= ' ') chars.add(char);
	}
	return [...chars].sort().join('');
}

/**
 * Cuts one woff2 to `characters` and the weights the CSS uses (or to the regular weight alone,
 * `regularOnly`, for a face that only sets a few words, such as the Cyrillic titles among the
 * sources); returns woff2 bytes.
 */
export function subsetWoff2(
	font: Buffer,
	characters: string,
	regularOnly = false,
): Promise<Buffer> {
	return subsetFont(font, characters, {
		targetFormat: 'woff2',
		variationAxes: {
			wght: regularOnly ? FONT_WEIGHTS.min : { min: FONT_WEIGHTS.min, max: FONT_WEIGHTS.max },
		},
	});
}

async function filesUnder(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/**
 * After the build, cuts the site's web fonts down to the characters the built pages, scripts
 * and scenes contain and to the weight range the CSS uses (about half their size: the fonts
 * are most of what a page loads). Each cut font gets a name from a hash of its new bytes, so a
 * cached copy cut for older text is never reused, and every page and stylesheet is pointed at it.
 */
export function subsetFonts(): AstroIntegration {
	return {
		name: 'reader:subset-fonts',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const files = await filesUnder(out);
				const textFiles = files.filter((f) => TEXT_FILE.test(f));
				const texts = await Promise.all(textFiles.map((f) => readFile(f, 'utf8')));
				const characters = charactersOf(texts);
				const renames = new Map<string, string>();
				for (const font of files.filter((f) => f.endsWith('.woff2'))) {
					const original = await readFile(font);
					const cut = await subsetWoff2(original, characters, font.includes('-cyrillic-'));
					const hash = createHash('sha256').update(cut).digest('base64url').slice(0, 8);
					const name = basename(font).replace(/\.[^.]+\.woff2$/, `.${hash}.woff2`);
					await writeFile(join(font, '..', name), cut);
					await rm(font);
					renames.set(basename(font), name);
					logger.info(
						`${name}: ${(original.length / 1024).toFixed(1)} → ${(cut.length / 1024).toFixed(1)} KiB`,
					);
				}
				await Promise.all(
					textFiles.map(async (file, i) => {
						if (!/\.(html|css)$/.test(file)) return;
						const before = texts[i] ?? '';
						const after = keepStyleHashes(before, (text) => renameAll(text, renames));
						if (after !== before) await writeFile(file, after);
					}),
				);
			},
		},
	};
}

function renameAll(text: string, renames: Map<string, string>): string {
	let after = text;
	for (const [from, to] of renames) after = after.replaceAll(from, to);
	return after;
}

/**
 * Applies `rewrite` to a page and keeps its Content-Security-Policy true: an inline `<style>`
 * whose text changes gets a new hash, which replaces the old one wherever the page names it.
 */
function keepStyleHashes(page: string, rewrite: (text: string) => string): string {
	const hash = (css: string) => createHash('sha256').update(css).digest('base64');
	const swaps = new Map<string, string>();
	for (const [, css = ''] of page.matchAll(/<style[^>]*>([^<]*)<\/style>/g)) {
		const changed = rewrite(css);
		if (changed !== css) swaps.set(`'sha256-${hash(css)}'`, `'sha256-${hash(changed)}'`);
	}
	return renameAll(rewrite(page), swaps);
}
