import { expect, test } from '@playwright/test';
import { FIXTURE } from './helpers';

/** The code points of the fonts' Latin subset, which the build cuts down (fontsource's list). */
const LATIN: readonly (readonly [number, number])[] = [
	[0x0000, 0x00ff],
	[0x0131, 0x0131],
	[0x0152, 0x0153],
	[0x02bb, 0x02bc],
	[0x02c6, 0x02c6],
	[0x02da, 0x02da],
	[0x02dc, 0x02dc],
	[0x0304, 0x0304],
	[0x0308, 0x0308],
	[0x0329, 0x0329],
	[0x2000, 0x206f],
	[0x20ac, 0x20ac],
	[0x2122, 0x2122],
	[0x2191, 0x2191],
	[0x2193, 0x2193],
	[0x2212, 0x2212],
	[0x2215, 0x2215],
	[0xfeff, 0xfeff],
	[0xfffd, 0xfffd],
];
const inLatin = (text: string) =>
	[...text].every((char) => {
		const code = char.codePointAt(0) ?? 0;
		return LATIN.some(([from, to]) => code >= from && code <= to);
	});

// The build cuts the web fonts to the characters the site uses; a character left out would be
// drawn in some other font the reader's system has. Chromium reports, per element, which fonts
// drew its text. Code is set in the system's monospace on purpose, and a character the Latin
// subset never had (≈) falls back as it always did.
test('the cut fonts draw every character the Latin subset has', async ({ page }) => {
	test.setTimeout(120_000);
	// `font-display: optional` may keep a late face out of the first view; the second finds
	// every face in the cache.
	await page.goto(FIXTURE);
	await page.evaluate(async () => {
		await Promise.all([...document.fonts].map((face) => face.load()));
	});
	await page.reload();
	await page.evaluate(() => document.fonts.ready);

	const cdp = await page.context().newCDPSession(page);
	await cdp.send('DOM.enable');
	await cdp.send('CSS.enable');
	const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
	const { nodeIds } = await cdp.send('DOM.querySelectorAll', {
		nodeId: root.nodeId,
		selector: 'body *:not(pre, code)',
	});
	const drawnElsewhere: string[] = [];
	let drawn = 0;
	for (const nodeId of nodeIds) {
		const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
		drawn += fonts.reduce((sum, font) => sum + font.glyphCount, 0);
		if (fonts.every((font) => font.isCustomFont)) continue;
		const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId });
		const text = outerHTML.replace(/<[^>]*>/g, '');
		if (inLatin(text)) drawnElsewhere.push(text.slice(0, 80));
	}
	expect(drawn).toBeGreaterThan(1000);
	expect(drawnElsewhere).toEqual([]);
});
