import { sectionIdFromPath, type SectionPath } from './section-id';
import { scanNotes, type ScannedNote } from '../notes/scan-notes';

/** The fields of a section entry the reader needs; a subset of the content collection entry. */
export interface SectionEntry {
	readonly id: string;
	readonly filePath?: string | undefined;
	readonly data: { readonly title: string; readonly shortTitle: string };
	/** The raw MDX, read for the section's figures and notes before it renders. */
	readonly body?: string | undefined;
}

/** A section in its place: number, anchor and neighbours, all fixed at build time. */
export interface PlacedSection<E extends SectionEntry> extends SectionPath {
	readonly entry: E;
	/** 1-based position in the article. */
	readonly number: number;
	/** Its figures (scrollies) in reading order; figures are numbered through the article. */
	readonly figures: readonly Figure[];
	/** Its notes and citations in reading order, read from the source before it renders. */
	readonly notes: readonly ScannedNote[];
	readonly previous: { readonly slug: string; readonly shortTitle: string } | undefined;
	readonly next: { readonly slug: string; readonly shortTitle: string } | undefined;
}

/** A numbered figure, found in the MDX source by its first step (step ids are unique per article). */
export interface Figure {
	readonly number: number;
	/** The id of its first <Step>, or `undefined` if the source does not show it as a plain string. */
	readonly firstStep: string | undefined;
	/** Its chart's name (`<Scrolly chart="…">`), or `undefined` if not a plain string. */
	readonly chart: string | undefined;
}

/** The sections of one article in reading order. Throws if two files claim the same place. */
export function sectionsOf<E extends SectionEntry>(
	all: readonly E[],
	article: string,
): PlacedSection<E>[] {
	const paths = all
		.map((entry) => ({ entry, path: sectionIdFromPath(relativePath(entry)) }))
		.filter(({ path }) => path.article === article)
		.sort((a, b) => a.path.order - b.path.order);

	paths.forEach(({ entry, path }, index) => {
		const before = paths[index - 1];
		if (before && before.path.order === path.order) {
			throw new Error(
				`${entry.filePath ?? entry.id}: its number ${String(path.order).padStart(2, '0')} is also used by ${before.entry.filePath ?? before.entry.id}. Give each section of an article its own two-digit number.`,
			);
		}
	});

	let figures = 0;
	return paths.map(({ entry, path }, index) => {
		const neighbour = (i: number) => {
			const other = paths[i];
			return other && { slug: other.path.slug, shortTitle: other.entry.data.shortTitle };
		};
		const scrollies = findScrollies(entry.body ?? '');
		const sectionFigures = scrollies.map(({ firstStep, chart }, i) => ({
			number: figures + i + 1,
			firstStep,
			chart,
		}));
		figures += scrollies.length;
		return {
			...path,
			entry,
			number: index + 1,
			figures: sectionFigures,
			notes: scanNotes(entry.body ?? '', path.slug),
			previous: neighbour(index - 1),
			next: neighbour(index + 1),
		};
	});
}

/**
 * What the components of an article's sections read while they render: the article (scrollies
 * find their chart files under it), each figure's number and the files an error can name.
 */
export function renderLocals<E extends SectionEntry>(
	article: string,
	sections: readonly PlacedSection<E>[],
): App.Locals {
	return {
		article,
		stepIds: new Set(),
		figureNumbers: figureNumbers(sections),
		dataTableFigures: dataTableFigures(sections),
		sectionFiles: sections.map((section) => section.entry.filePath ?? section.id),
	};
}

/** Each figure's number by its first step's id, across an article's sections, for Scrolly. */
export function figureNumbers(
	sections: readonly { readonly figures: readonly Figure[] }[],
): Map<string, number> {
	return new Map(
		sections.flatMap((section) =>
			section.figures.flatMap(({ firstStep, number }) =>
				firstStep === undefined ? [] : [[firstStep, number] as const],
			),
		),
	);
}

/**
 * For each chart shown on the page, the first figure that shows it: only that figure carries the
 * chart's data table; a later figure of the same chart points to it rather than repeating it.
 */
export function dataTableFigures(
	sections: readonly { readonly figures: readonly Figure[] }[],
): Map<string, number> {
	const first = new Map<string, number>();
	for (const { chart, number } of sections.flatMap((section) => section.figures)) {
		if (chart !== undefined && !first.has(chart)) first.set(chart, number);
	}
	return first;
}

const SCROLLY = /<Scrolly[\s>]/;
const CHART = /^(?:[^>"]|"[^"]*")*?\bchart="([^"]*)"/;
const FIRST_STEP_ID = /^(?:[^<]|<(?!Step\b))*<Step\b(?:[^>"]|"[^"]*")*?\sid="([^"]*)"/;

/** For each scrolly in a section's MDX source, in order, the id of its first step and its chart. */
export function findScrollies(
	body: string,
): { firstStep: string | undefined; chart: string | undefined }[] {
	return body
		.split(SCROLLY)
		.slice(1)
		.map((after) => ({ firstStep: FIRST_STEP_ID.exec(after)?.[1], chart: CHART.exec(after)?.[1] }));
}

// Entries carry their path from the project root; ids alone lose the order prefix.
function relativePath(entry: SectionEntry): string {
	const filePath = entry.filePath;
	if (!filePath)
		throw new Error(
			`Section ${entry.id} has no file path; sections must come from the glob loader.`,
		);
	const match = /(?:^|\/)articles\/(.+)$/.exec(filePath);
	return match?.[1] ?? filePath;
}
