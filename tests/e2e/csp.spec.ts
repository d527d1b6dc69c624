import { expect, test, type Page } from '@playwright/test';
import { serveStatic } from '../setup/static-server.mjs';
import { EMBEDS, embedFrame, serveHostPages } from './embed-helpers';
import { FIXTURE, openSettings } from './helpers';
import { scrollToStep } from './scrolly-helpers';

// The built site served as Netlify or Cloudflare Pages would, with the headers of its _headers.
const PORT = Number(process.env['E2E_PORT'] ?? 4399) + 1000;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const DIST = new URL('../../dist/', import.meta.url).pathname;
let stop: (() => Promise<void>) | undefined;

test.beforeAll(async () => {
	stop = await serveStatic(DIST, PORT, { headersFile: `${DIST}_headers` });
});
test.afterAll(async () => stop?.());
test.use({ baseURL: ORIGIN });

/** Every CSP violation the page reports, as events and as console messages. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
	const console: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy|Refused to/i.test(message.text())) console.push(message.text());
	});
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as Window & { cspViolations?: string[] }).cspViolations = seen;
		document.addEventListener('securitypolicyviolation', (event) =>
			seen.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'} (${event.sample})`),
		);
	});
	return async () => [
		...(await page.evaluate(
			() => (window as Window & { cspViolations?: string[] }).cspViolations ?? [],
		)),
		...console,
	];
}

test('the reading pages carry the security headers and may not be framed', async ({ request }) => {
	for (const path of ['/', FIXTURE]) {
		const headers = (await request.get(path)).headers();
		expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
		expect(headers['x-frame-options']).toBe('DENY');
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
		expect(headers['permissions-policy']).toContain('camera=()');
	}
});

test('the page policy allows scripts only from the site or by hash', async ({ page }) => {
	await page.goto(FIXTURE);
	const policy = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	const scriptSrc = policy?.match(/script-src[^;]*/)?.[0] ?? '';
	expect(scriptSrc).toMatch(/^script-src 'self'( 'sha256-[\w+/=]+')+$/);
	expect(policy).not.toContain('unsafe-eval');
	expect(policy).toMatch(/style-src 'self'( 'sha256-[\w+/=]+')+;/);
});

test('no CSP violation while reading with every feature used', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const violations = await recordViolations(page);
	await page.setViewportSize({ width: 1024, height: 800 });
	await page.goto(FIXTURE);
	await scrollToStep(page, 'ks-pueblo');
	await scrollToStep(page, 'ks-eighties');
	await page.locator('#ref-ks-context').click();
	await expect(page.getByRole('dialog')).toBeVisible();
	await page.keyboard.press('Escape');
	await openSettings(page);
	await page.getByRole('button', { name: 'Dark theme' }).click();
	await page.getByRole('checkbox', { name: /Context/ }).uncheck();
	await page.getByRole('button', { name: 'Copy link to “A middle section”' }).click();
	await expect(page.locator('#middle .rd-copy-status')).not.toBeEmpty();
	// The Embed control writes its snippets when it opens, and copies one.
	await page.locator('#middle .rd-embed > summary').click();
	await page
		.locator('#middle')
		.getByRole('button', { name: 'Copy the snippet for your page' })
		.click();
	await expect(page.locator('#middle .rd-embed').getByRole('status')).not.toBeEmpty();
	await page.setViewportSize({ width: 1440, height: 900 });
	await expect(page.locator('.rd-sidenote').first()).toBeAttached();
	await page.goto(`${FIXTURE}#ks-fit`);
	await expect(page.locator('reader-scrolly:has(#ks-fit)')).toHaveAttribute(
		'data-active-step',
		'ks-fit',
	);
	expect(await violations()).toEqual([]);
});

test('another site frames an embed under these headers, with no CSP violation', async ({
	page,
	request,
}) => {
	const headers = (await request.get(EMBEDS.scrolly.path)).headers();
	expect(headers['content-security-policy']).toContain('frame-ancestors *');
	expect(headers['x-frame-options']).toBeUndefined();
	const violations = await recordViolations(page);
	const host = await serveHostPages(ORIGIN);
	try {
		await page.goto(`${host.origin}/script.html`);
		const frame = await embedFrame(page, EMBEDS.scrolly.path);
		await expect(frame.getByRole('heading', { level: 1 })).toHaveText(EMBEDS.scrolly.title);
		await expect(frame.locator('reader-scrolly svg').first()).toBeVisible();
		expect(await violations()).toEqual([]);
	} finally {
		await host.close();
	}
});
