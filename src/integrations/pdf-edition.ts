import { existsSync } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { chromium, type Browser } from '@playwright/test';
import { addFrontMatter, notesToFootnotes } from '../print/front-matter';
import { setInfo, type PdfInfo } from '../print/pdf-info';

// The package exports its source (src/index.js); the browser build sits beside it in dist/.
const PAGED_JS = join(
	createRequire(import.meta.url).resolve('pagedjs'),
	'../../dist/paged.polyfill.js',
);
/** Paged.js lays pages out by these rules: the site's print rules, then the PDF's own. */
const PAGED_CSS = ['../styles/print.css', '../print/pdf.css'].map((path) =>
	fileURLToPath(new URL(path, import.meta.url)),
);
/** The built site is served to the browser from this made-up origin, straight from disk. */
const ORIGIN = 'http://edition.invalid';
const TYPES: Readonly<Record<string, string>> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css',
	'.js': 'text/javascript',
	'.woff2': 'font/woff2',
	'.png': 'image/png',
	'.json': 'application/json',
};

/** The Chromium to print with: $CHROMIUM_PATH if set (only it), else Playwright's or Debian's. */
function findChromium(): string | undefined {
	const chosen = process.env['CHROMIUM_PATH'];
	const candidates = chosen ? [chosen] : [chromium.executablePath(), '/usr/bin/chromium'];
	return candidates.find((path) => existsSync(path));
}

/** The link the article header gets once its PDF exists: "Download the annotated PDF (1.2 MB)". */
export function pdfLink(slug: string, bytes: number): string {
	const size =
		bytes >= 1024 * 1024
			? `${(bytes / 1024 / 1024).toFixed(1)} MB`
			: `${Math.round(bytes / 1024)} KB`;
	return `<p class="rd-pdf-link rd-ui"><a href="/${slug}.pdf" download type="application/pdf">Download the annotated PDF</a> <span>(${size})</span></p>`;
}

/**
 * After the build, prints each article page to `/<slug>.pdf` with Playwright's Chromium and
 * Paged.js (cover, contents with page numbers, running heads), as the page reads without
 * JavaScript under the print rules, and links the PDF from the article's header. The page's
 * own scripts are left out; the browser reaches no host: every request is answered from dist/.
 * With no browser the build says so and goes on without the PDFs.
 */
export function pdfEdition(): AstroIntegration {
	return {
		name: 'reader:pdf-edition',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				// The build-error tests build fixtures many times and never read their PDFs.
				if (process.env.READER_PDF === 'off') return;
				const executablePath = findChromium();
				if (!executablePath) {
					logger.warn('No Chromium found (set CHROMIUM_PATH): the PDF editions are skipped.');
					return;
				}
				const started = Date.now();
				const browser = await chromium
					.launch({ executablePath, args: ['--no-sandbox'] })
					.catch((error: unknown) => {
						logger.warn(
							`${executablePath} did not start, so the PDF editions are skipped: ${error}`,
						);
					});
				if (!browser) return;
				try {
					for (const slug of await articleSlugs(out)) {
						const file = join(out, `${slug}.pdf`);
						const meta = await printArticle(browser, out, slug, file);
						await writeFile(file, setInfo(await readFile(file), meta));
						const bytes = (await stat(file)).size;
						const page = join(out, slug, 'index.html');
						const html = await readFile(page, 'utf8');
						await writeFile(
							page,
							html.replace(
								/(<header class="rd-article-header"[\s\S]*?)(<\/header>)/,
								(_, head, end) => `${head}${pdfLink(slug, bytes)}${end}`,
							),
						);
						logger.info(`${slug}.pdf: ${(bytes / 1024).toFixed(0)} KiB`);
					}
				} finally {
					await browser.close();
				}
				logger.info(`PDF editions made in ${((Date.now() - started) / 1000).toFixed(1)} s`);
			},
		},
	};
}

/** Articles are the top-level folders of dist/ whose index.html is an article page. */
async function articleSlugs(out: string): Promise<string[]> {
	const entries = await readdir(out, { withFileTypes: true });
	const slugs: string[] = [];
	for (const entry of entries.filter((e) => e.isDirectory())) {
		const page = join(out, entry.name, 'index.html');
		if (existsSync(page) && (await readFile(page, 'utf8')).includes('class="rd-article"')) {
			slugs.push(entry.name);
		}
	}
	return slugs;
}

async function printArticle(
	browser: Browser,
	out: string,
	slug: string,
	file: string,
): Promise<PdfInfo> {
	// What the PDF says about itself comes from the page's own JSON-LD (content/ may be elsewhere).
	const html = await readFile(join(out, slug, 'index.html'), 'utf8');
	const ld = JSON.parse(
		/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '{}',
	) as {
		headline?: string;
		description?: string;
		url?: string;
		dateModified?: string;
		isBasedOn?: { author?: { name?: string } };
	};
	const headline = ld.headline ?? slug;
	// As wide as the text on an A4 page, so the page's width queries match paper.
	// The page's CSP admits only its own hashed scripts; Paged.js, added here, and the styles it
	// writes are the printer's, not the reader's, so this build-time browser sets the policy aside.
	const page = await browser.newPage({ viewport: { width: 666, height: 940 }, bypassCSP: true });
	try {
		await page.route('**/*', async (route) => {
			const url = new URL(route.request().url());
			if (url.origin !== ORIGIN) return route.abort();
			const path = join(
				out,
				decodeURIComponent(url.pathname),
				url.pathname.endsWith('/') ? 'index.html' : '',
			);
			if (!existsSync(path)) return route.fulfill({ status: 404, body: '' });
			let body: string | Buffer = await readFile(path);
			if (extname(path) === '.html') {
				// The page as it reads without JavaScript.
				body = body.toString('utf8').replace(/<script\b[\s\S]*?<\/script>/g, '');
			}
			return route.fulfill({
				contentType: TYPES[extname(path)] ?? 'application/octet-stream',
				body,
			});
		});
		await page.emulateMedia({ media: 'print', colorScheme: 'light' });
		await page.goto(`${ORIGIN}/${slug}/`);
		await page.evaluate(async () => {
			await Promise.all([...document.fonts].map((face) => face.load()));
		});
		await page.evaluate(addFrontMatter, {
			edition: new Date(ld.dateModified ?? Date.now()).toLocaleDateString('en-GB', {
				dateStyle: 'long',
				timeZone: 'UTC',
			}),
			url: ld.url ?? '',
		});
		await page.evaluate(notesToFootnotes);
		await page.evaluate(() => {
			(window as unknown as { PagedConfig: unknown }).PagedConfig = { auto: false };
		});
		await page.addScriptTag({ path: PAGED_JS });
		// The page keeps its own styles (print media is emulated); Paged.js is given only the
		// print rules, which its CSS parser reads (it cannot parse some of the site's queries).
		const sheets = await Promise.all(
			PAGED_CSS.map(async (path, i) => ({
				[`${ORIGIN}/__print/${i}.css`]: await readFile(path, 'utf8'),
			})),
		);
		await page.evaluate(async (styles) => {
			type Paged = { preview(content?: unknown, styles?: unknown): Promise<unknown> };
			await (window as unknown as { PagedPolyfill: Paged }).PagedPolyfill.preview(
				undefined,
				styles,
			);
		}, sheets);
		const title = `${headline}: an annotated reading`;
		await page.evaluate((t) => (document.title = t), title);
		await page.pdf({
			path: file,
			preferCSSPageSize: true,
			printBackground: true,
			tagged: true,
			outline: true,
		});
		return {
			title,
			author: `Annotated readings, after ${ld.isBasedOn?.author?.name ?? 'the original'}`,
			subject: ld.description ?? '',
		};
	} finally {
		await page.close();
	}
}
