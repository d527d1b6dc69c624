/**
 * A section's preview image (build time): its first figure as the page draws it before any
 * step, beside the section's title, or, for a section with no figure, a card of its title and
 * summary. The same PNG is the oEmbed thumbnail and the Open Graph image.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import subsetFont from 'subset-font';
import { wrapText } from '../charts/text-width';
import { escapeXml } from '../util/escape';
import { inlineStyles, lightTokens } from './inline-styles';
import { THUMBNAIL_SIZE } from './snippet';

/** What one card shows. */
export interface ThumbnailCard {
	/** Small line above the title, e.g. "Figure 3" or "Part 2". */
	readonly kicker: string;
	readonly title: string;
	/** Shown when there is no figure. */
	readonly summary: string;
	/** The credit line at the foot of the card. */
	readonly credit: string;
	/** The first figure's static SVG (as `renderSvg` wrote it), if the section has one. */
	readonly figureSvg?: string | undefined;
}

/** The stylesheets the card resolves: the site's tokens and the charts' rules. */
export interface ThumbnailStyles {
	readonly tokensCss: string;
	readonly chartsCss: string;
}

const { width: W, height: H } = THUMBNAIL_SIZE;
const MARGIN = 56;

/** The first figure's SVG in a section's rendered HTML: the live chart's starting state. */
export function firstFigureSvg(html: string): string | undefined {
	const figure = html.indexOf('class="rd-scrolly__figure"');
	if (figure < 0) return undefined;
	const start = html.indexOf('<svg', figure);
	if (start < 0) return undefined;
	// Charts nest an <svg> for their plot area: find the matching close.
	const tags = /<svg\b|<\/svg>/g;
	tags.lastIndex = start;
	let depth = 0;
	for (let m = tags.exec(html); m; m = tags.exec(html)) {
		depth += m[0] === '</svg>' ? -1 : 1;
		if (depth === 0) return html.slice(start, m.index + m[0].length);
	}
	return undefined;
}

/** The card as an SVG document, every colour and font resolved for the light theme. */
export function thumbnailSvg(
	card: ThumbnailCard,
	styles: ThumbnailStyles,
	families: { readonly serif: string; readonly sans: string } = {
		serif: 'serif',
		sans: 'sans-serif',
	},
): string {
	const SERIF = escapeXml(families.serif);
	const SANS = escapeXml(families.sans);
	const tokens = lightTokens(styles.tokensCss);
	const colour = (name: string) => tokens.get(name) ?? '#000';
	const text = (
		lines: readonly string[],
		x: number,
		y: number,
		size: number,
		attrs: string,
		leading = 1.2,
	) =>
		lines
			.map(
				(line, i) =>
					`<text x="${x}" y="${y + i * size * leading}" font-size="${size}" ${attrs}>${escapeXml(line)}</text>`,
			)
			.join('');
	const kicker = (x: number) =>
		text(
			[card.kicker.toUpperCase()],
			x,
			MARGIN + 22,
			22,
			`font-family="${SANS}" font-weight="600" letter-spacing="2" fill="${colour('--rd-accent')}"`,
		);
	const credit = (x: number, room: number) => {
		const lines = wrapText(card.credit, room, 22);
		return text(
			lines,
			x,
			H - MARGIN - (lines.length - 1) * 22 * 1.3,
			22,
			`font-family="${SANS}" fill="${colour('--rd-muted')}"`,
			1.3,
		);
	};

	let body: string;
	if (card.figureSvg) {
		const column = 380;
		const titleSize = 44;
		const title = wrapText(card.title, column, titleSize * 0.8).slice(0, 5);
		const chartX = MARGIN + column + 32;
		const chartW = W - chartX - MARGIN / 2;
		const [, vw = 640, vh = 400] = (
			/viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(card.figureSvg) ?? []
		).map(Number);
		const chartH = Math.min(H - 2 * MARGIN, (chartW * vh) / vw);
		const chart = inlineStyles(card.figureSvg, styles.chartsCss, tokens).replace(
			/^<svg\b/,
			`<svg x="${chartX}" y="${(H - chartH) / 2}" width="${chartW}" height="${chartH}"`,
		);
		body =
			kicker(MARGIN) +
			text(
				title,
				MARGIN,
				MARGIN + 40 + titleSize,
				titleSize,
				`font-family="${SERIF}" font-weight="600" fill="${colour('--rd-text')}"`,
			) +
			credit(MARGIN, column) +
			chart;
	} else {
		const room = W - 2 * MARGIN;
		const titleSize = 64;
		const title = wrapText(card.title, room, titleSize * 0.8).slice(0, 3);
		const summaryY = MARGIN + 40 + titleSize + (title.length - 1) * titleSize * 1.1 + 56;
		const summary = wrapText(card.summary, room, 30 * 0.9).slice(0, 4);
		body =
			kicker(MARGIN) +
			text(
				title,
				MARGIN,
				MARGIN + 40 + titleSize,
				titleSize,
				`font-family="${SERIF}" font-weight="600" fill="${colour('--rd-text')}"`,
				1.1,
			) +
			text(
				summary,
				MARGIN,
				summaryY,
				30,
				`font-family="${SERIF}" fill="${colour('--rd-text')}"`,
				1.4,
			) +
			credit(MARGIN, room);
	}
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><rect width="${W}" height="${H}" fill="${colour('--rd-bg')}"/><rect y="${H - 8}" width="${W}" height="8" fill="${colour('--rd-accent')}"/>${body}</svg>`;
}

/** The site's variable fonts, as the woff2 files the pages load. */
export interface FontSources {
	readonly serif: string;
	readonly sans: string;
}

// Latin, Latin-1, Latin Extended-A and general punctuation: what the content can put on a card.
const CHARACTERS = [
	[0x20, 0x7e],
	[0xa0, 0x17f],
	[0x2010, 0x2044],
]
	.flatMap(([from = 0, to = 0]) =>
		Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)),
	)
	.join('');
// resvg reads TrueType/OpenType files only and does not set variable axes: each weight the card
// uses is cut from the woff2 as a static font file.
const WEIGHTS = [400, 600, 700];
let fontFiles: Promise<Record<keyof FontSources, { files: string[]; family: string }>> | undefined;

function staticFonts(sources: FontSources) {
	fontFiles ??= (async () => {
		const dir = await mkdtemp(join(tmpdir(), 'reader-thumbnail-fonts-'));
		const cut = async (name: string, path: string) => {
			const woff2 = await readFile(path);
			const files: string[] = [];
			let family = '';
			for (const weight of WEIGHTS) {
				const ttf = await subsetFont(woff2, CHARACTERS, {
					targetFormat: 'sfnt',
					variationAxes: { wght: weight },
				});
				family ||= familyName(ttf);
				const file = join(dir, `${name}-${weight}.ttf`);
				await writeFile(file, ttf);
				files.push(file);
			}
			return { files, family };
		};
		return { serif: await cut('serif', sources.serif), sans: await cut('sans', sources.sans) };
	})();
	return fontFiles;
}

/**
 * The family a font file declares (typographic family, else family, from its `name` table).
 * A cut instance keeps its variable font's names, which need not be the CSS name
 * (Source Sans 3's is "Source Sans 3 ExtraLight"), so the card asks for it by this name.
 */
export function familyName(font: Buffer): string {
	const tables = font.readUInt16BE(4);
	for (let i = 0; i < tables; i++) {
		const record = 12 + i * 16;
		if (font.toString('latin1', record, record + 4) !== 'name') continue;
		const table = font.readUInt32BE(record + 8);
		const count = font.readUInt16BE(table + 2);
		const strings = table + font.readUInt16BE(table + 4);
		const names = new Map<number, string>();
		for (let j = 0; j < count; j++) {
			const entry = table + 6 + j * 12;
			const [platform, nameId, length, offset] = [0, 6, 8, 10].map((k) =>
				font.readUInt16BE(entry + k),
			);
			if (platform !== 3 || (nameId !== 1 && nameId !== 16) || names.has(nameId as number))
				continue;
			const start = strings + (offset as number);
			const utf16 = Buffer.from(font.subarray(start, start + (length as number))).swap16();
			names.set(nameId as number, utf16.toString('utf16le'));
		}
		return names.get(16) ?? names.get(1) ?? '';
	}
	return '';
}

/** Renders the card to a PNG of `THUMBNAIL_SIZE`. */
export async function renderThumbnail(
	card: ThumbnailCard,
	styles: ThumbnailStyles,
	sources: FontSources,
): Promise<Buffer> {
	const { serif, sans } = await staticFonts(sources);
	// The charts ask for 'Source Sans 3', which is not the cut font's name: they get the default.
	const resvg = new Resvg(thumbnailSvg(card, styles, { serif: serif.family, sans: sans.family }), {
		font: {
			fontFiles: [...serif.files, ...sans.files],
			loadSystemFonts: false,
			defaultFontFamily: sans.family,
		},
		fitTo: { mode: 'original' },
	});
	return resvg.render().asPng();
}
