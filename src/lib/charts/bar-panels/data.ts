import { z } from 'astro/zod';

/** A named source, written out; URLs belong in the bibliography, never in chart data. */
const Source = z
	.string()
	.trim()
	.min(3, 'Name the source, e.g. "Reuters, 19 April 2014".')
	.refine((s) => !/https?:\/\/|www\./i.test(s), 'Name the source instead of giving a URL.');

const Year = z.number().int().min(1900).max(2100);

/** One figure of the debt settlement, in the debt's unit. */
const DebtFigure = z.object({
	/** Amount in `debt.unit`. */
	value: z.number().nonnegative(),
	/** True when derived or approximate; drawn hatched and written with ≈. */
	estimate: z.boolean(),
	/** Who reports it (or what it is derived from). */
	source: Source,
});

const Debt = z
	.object({
		/** Heading of the debt view, e.g. "North Korea's Soviet-era debt". */
		label: z.string().min(1).max(60),
		/** Unit of every debt figure. */
		unit: z.literal('bn USD'),
		/** Day the settlement was signed, `YYYY-MM-DD`. */
		agreed: z.iso.date(),
		/** The debt as agreed. */
		total: DebtFigure,
		/** The part written off. */
		writtenOff: DebtFigure,
		/** The part still to be repaid. */
		remaining: DebtFigure,
		/** How the remainder is repaid, e.g. "over 20 years". */
		terms: z.string().max(30),
		/** The same debt valued at market exchange rates instead of the Soviet rate. */
		marketValue: DebtFigure,
		/** What the market value means, one line (≤ 70 characters). */
		marketNote: z.string().max(70),
	})
	.refine(
		(d) => Math.abs(d.writtenOff.value + d.remaining.value - d.total.value) < 0.011,
		'debt: writtenOff + remaining must add up to total.',
	);

const Bar = z.object({
	/** Calendar year. */
	year: Year,
	/** Amount in the panel's unit. */
	value: z.number().nonnegative(),
	/** True when derived or approximate; drawn hatched and written with ≈. */
	estimate: z.boolean(),
	/** True when the figure covers only part of the year. */
	partial: z.boolean().optional(),
	/** Who reports it. */
	source: Source,
});

const Gap = z
	.object({
		/** First year without a usable figure. */
		from: Year,
		/** Last year without a usable figure (same as `from` for one year). */
		to: Year,
		/** What stands in for the figure (≤ 24 characters, drawn on two lines), e.g. "not published". */
		label: z.string().min(1).max(24),
		/** What is known, and from whom; shown in the table. */
		source: Source,
	})
	.refine((g) => g.from <= g.to, 'A gap runs from an earlier year to a later one.');

const Panel = z
	.object({
		/** Stable id, part of every mark key. */
		id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use a kebab-case id, such as "soviet".'),
		/** One unit per panel: units never share an axis. */
		unit: z.enum(['bn roubles', 'm USD']),
		/** Heading when the panel has the chart to itself. */
		label: z.string().min(1).max(60),
		/** Heading when panels share the chart (≤ 18 characters). */
		shortLabel: z.string().min(1).max(18),
		/** Yearly figures, in year order. */
		bars: z.array(Bar).min(1),
		/** Years with no figure to draw, annotated instead. */
		gaps: z.array(Gap).default([]),
	})
	.superRefine((panel, ctx) => {
		const years = [
			...panel.bars.map((b) => [b.year, b.year]),
			...panel.gaps.map((g) => [g.from, g.to]),
		];
		years.sort(([a = 0], [b = 0]) => a - b);
		years.forEach(([from = 0], i) => {
			const [, previousTo] = years[i - 1] ?? [];
			if (previousTo !== undefined && from <= previousTo) {
				const message = `Panel "${panel.id}": ${from} is covered twice (by two bars, or a bar and a gap).`;
				ctx.addIssue({ code: 'custom', path: [], message });
			}
		});
		panel.bars.forEach((b, i) => {
			const before = panel.bars[i - 1];
			if (before && before.year >= b.year) {
				const message = `Panel "${panel.id}": list bars in year order (${b.year} after ${before.year}).`;
				ctx.addIssue({ code: 'custom', path: ['bars', i, 'year'], message });
			}
		});
	});

/** The `data` of a bar-panels chart file: the debt settlement and trade panels, one per unit. */
export const BarPanelsData = z
	.object({
		/** The Soviet-era debt and its 2012 settlement. */
		debt: Debt,
		/** Trade by year: at most one panel per unit. */
		panels: z.array(Panel).min(1).max(2),
	})
	.superRefine((data, ctx) => {
		const units = data.panels.map((p) => p.unit);
		if (new Set(units).size < units.length) {
			ctx.addIssue({
				code: 'custom',
				path: ['panels'],
				message: 'Give each unit its own single panel.',
			});
		}
		const ids = data.panels.map((p) => p.id);
		if (new Set(ids).size < ids.length) {
			ctx.addIssue({ code: 'custom', path: ['panels'], message: 'Give each panel its own id.' });
		}
	});

/** A validated bar-panels chart. */
export type BarPanelsData = z.infer<typeof BarPanelsData>;
/** One trade panel. */
export type BarPanel = BarPanelsData['panels'][number];
/** One yearly figure. */
export type BarDatum = BarPanel['bars'][number];
/** Years annotated instead of drawn. */
export type BarGap = BarPanel['gaps'][number];
/** One debt figure. */
export type DebtFigure = z.infer<typeof DebtFigure>;
