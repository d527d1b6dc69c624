/** A face's vertical metrics and mean character width, in its own units (as Capsize reads them). */
interface Metrics {
	readonly ascent: number;
	readonly descent: number;
	readonly lineGap: number;
	readonly unitsPerEm: number;
	readonly xWidthAvg: number;
}

/**
 * The bundled faces' metrics, read from the Fontsource files with `@capsizecss/unpack`
 * (`fromBuffer`); they change only with the fonts themselves.
 */
const WEB: Readonly<Record<string, Metrics>> = {
	serif: { ascent: 1036, descent: -335, lineGap: 0, unitsPerEm: 1000, xWidthAvg: 479 },
	serifItalic: { ascent: 1036, descent: -335, lineGap: 0, unitsPerEm: 1000, xWidthAvg: 441 },
	sans: { ascent: 1024, descent: -400, lineGap: 0, unitsPerEm: 1000, xWidthAvg: 398 },
};

/** Times New Roman and Arial, and their metric twins Liberation Serif and Liberation Sans. */
const TIMES: Metrics = {
	ascent: 1825,
	descent: -443,
	lineGap: 87,
	unitsPerEm: 2048,
	xWidthAvg: 832,
};
const ARIAL: Metrics = {
	ascent: 1854,
	descent: -434,
	lineGap: 67,
	unitsPerEm: 2048,
	xWidthAvg: 913,
};

/** Fallback families the font stacks in tokens.css name after each web face. */
const FALLBACKS = [
	{
		family: 'Source Serif 4 Fallback',
		style: 'normal',
		web: WEB['serif'],
		local: TIMES,
		names: ['Times New Roman', 'Liberation Serif'],
	},
	{
		family: 'Source Serif 4 Fallback',
		style: 'italic',
		web: WEB['serifItalic'],
		local: TIMES,
		names: ['Times New Roman Italic', 'Liberation Serif Italic'],
	},
	{
		family: 'Source Sans 3 Fallback',
		style: 'normal',
		web: WEB['sans'],
		local: ARIAL,
		names: ['Arial', 'Liberation Sans', 'Helvetica'],
	},
] as const;

const percent = (value: number) => `${(value * 100).toFixed(2)}%`;

/**
 * `@font-face` rules for local faces scaled to the web faces' metrics (Capsize's method, as
 * Astro's fonts support uses it): the same mean character width (`size-adjust`) and the same
 * ascent, descent and line gap, so a line set in the fallback is about as long and as tall as
 * in the web face, and text set in it reads as designed while the web face is missing.
 */
export function fallbackFaces(): string {
	return FALLBACKS.map(({ family, style, web, local, names }) => {
		if (!web) return '';
		const sizeAdjust = web.xWidthAvg / web.unitsPerEm / (local.xWidthAvg / local.unitsPerEm);
		const em = web.unitsPerEm * sizeAdjust;
		const src = names.map((name) => `local('${name}')`).join(',');
		return `@font-face{font-family:'${family}';font-style:${style};src:${src};size-adjust:${percent(sizeAdjust)};ascent-override:${percent(web.ascent / em)};descent-override:${percent(-web.descent / em)};line-gap-override:${percent(web.lineGap / em)}}`;
	}).join('');
}
