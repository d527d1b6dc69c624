import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { chartTypes } from './registry';
import type { Frame } from './chart-type';
import type { ChartData, RegisteredChartType } from './define-chart-type';
import { formatIssues } from '../util/format-issues';
import type { Scene } from './scene';
import { LocatedError } from '../section/locate-error';
import { lineOfPath } from '../util/source-position';

/** The envelope of a chart file, `content/articles/<slug>/charts/<name>.json`. */
const ChartFileSchema = z.strictObject({
	/** The chart type: a key of the registry (= a folder under src/lib/charts/). */
	type: z.string().min(1),
	/** The figure's heading. */
	title: z.string().min(1),
	/** One line of provenance and caveats, printed under the figure. */
	note: z.string().min(1).optional(),
	/** The chart's data, checked by the chart type's own schema. */
	data: z.unknown(),
});

/** A chart file whose envelope is valid; `data` is not yet checked. */
export type ChartFile = z.infer<typeof ChartFileSchema>;

/** A chart file with its type found and its data parsed: ready to lay out steps. */
export interface LoadedChart extends ChartData {
	/** The chart file, as named in error messages (e.g. its path from the project root). */
	readonly file: string;
	readonly type: string;
	readonly title: string;
	readonly note?: string;
}

/** Where a step's state was written, for error messages. */
export interface StepSite {
	/** The file holding the step, e.g. the MDX section. */
	readonly file: string;
	/** The step's id. */
	readonly step: string;
}

const known = (): string => Object.keys(chartTypes).sort().join(', ');

/** Checks a chart file's envelope. Throws naming the file, each problem and the fix. */
export function parseChartFile(json: unknown, fileLabel: string): ChartFile {
	const result = ChartFileSchema.safeParse(json);
	if (result.success) return result.data;
	const at = lineIn(fileLabel);
	throw new LocatedError(
		`${fileLabel}${where(at, result.error)} is not a chart file:\n${formatIssues(result.error, '', at)}\n` +
			`Fix: write { "type", "title", "note" (optional), "data" }, with "type" one of the known chart types: ${known()}.`,
	);
}

/** Finds a chart type by name. Throws naming the file and the known chart types. */
export function getChartType(type: string, fileLabel: string): RegisteredChartType {
	const chartType = chartTypes[type];
	if (chartType) return chartType;
	const line = lineIn(fileLabel)(['type']);
	throw new LocatedError(
		`${fileLabel}${line === undefined ? '' : `:${line}`}: unknown chart type "${type}".\n` +
			`Fix: set "type" to one of the known chart types: ${known()} (src/lib/charts/registry.ts).`,
	);
}

// A chart file may serve several scrollies (the essay shows one timeline twice); parse it once.
const loaded = new WeakMap<object, LoadedChart>();

/**
 * Checks a chart file, finds its type and parses its data, once per file object. Throws naming
 * the file and the fix.
 */
export function loadChart(json: unknown, fileLabel: string): LoadedChart {
	const cached = typeof json === 'object' && json !== null ? loaded.get(json) : undefined;
	if (cached?.file === fileLabel) return cached;
	const chart = parseChart(json, fileLabel);
	if (typeof json === 'object' && json !== null) loaded.set(json, chart);
	return chart;
}

function parseChart(json: unknown, fileLabel: string): LoadedChart {
	const { type, title, note, data } = parseChartFile(json, fileLabel);
	const result = getChartType(type, fileLabel).load(data);
	if (!result.success) {
		const at = lineIn(fileLabel);
		throw new LocatedError(
			`${fileLabel}${where(at, result.error, 'data')}: "data" does not fit the ${type} data schema:\n${formatIssues(result.error, 'data', at)}\n` +
				`Fix: correct the data in ${fileLabel}; the schema, with a comment per field, is src/lib/charts/${type}/data.ts.`,
		);
	}
	return {
		file: fileLabel,
		type,
		title,
		...(note === undefined ? {} : { note }),
		...result.data,
	};
}

/** Finds a JSON path's line in a chart file, for errors; nothing if the file cannot be read. */
function lineIn(file: string): (path: readonly PropertyKey[]) => number | undefined {
	let text: string | undefined;
	try {
		text = readFileSync(file, 'utf8');
	} catch {
		text = undefined;
	}
	return (path) => (text === undefined ? undefined : lineOfPath(text, path));
}

/** `:line` of the first issue, to start an error message with `file:line`. */
function where(
	at: (path: readonly PropertyKey[]) => number | undefined,
	error: z.ZodError,
	prefix?: string,
): string {
	const first = error.issues[0];
	const line = first && at(prefix ? [prefix, ...first.path] : first.path);
	return line === undefined ? '' : `:${line}`;
}

/**
 * Checks one step's state with the chart's schema, once; the result lays the state out in any
 * frame. Both throw naming the file, the step and the fix.
 */
export function stepLayout(
	chart: LoadedChart,
	state: unknown,
	where: StepSite,
): (frame: Frame) => Scene {
	const result = chart.step(state);
	if (!result.success) {
		throw new Error(
			`${where.file}, step "${where.step}": the state does not fit the ${chart.type} state schema (chart ${chart.file}):\n` +
				`${formatIssues(result.error, 'state')}\n` +
				`Fix: correct the step's state; the schema, with a comment per field, is src/lib/charts/${chart.type}/state.ts.`,
		);
	}
	const layout = result.data;
	return (frame) => {
		try {
			return layout(frame);
		} catch (error) {
			const reason = error instanceof Error ? error.message : String(error);
			throw new Error(
				`${where.file}, step "${where.step}": chart ${chart.file} (${chart.type}) cannot show this state: ${reason}.\n` +
					`Fix: change the step's state so it names only what ${chart.file} contains.`,
				{ cause: error },
			);
		}
	};
}

/** Checks one step's state and lays it out in `frame`. Throws naming the file, the step and the fix. */
export function layoutStep(
	chart: LoadedChart,
	state: unknown,
	frame: Frame,
	where: StepSite,
): Scene {
	return stepLayout(chart, state, where)(frame);
}
