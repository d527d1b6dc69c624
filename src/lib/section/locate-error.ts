import { lineOf } from '../util/line-of';

/**
 * Rewrites an error thrown while rendering a section so it starts with `file:line`. The line is
 * found by what the error names: a step, a chart, a source key or a note.
 */
export function locateBuildError(error: unknown, file: string): Error {
	const message = error instanceof Error ? error.message : String(error);
	const where = `${file}${lineSuffix(message, file)}`;
	const located = message.includes('this section')
		? message.replaceAll('this section', where)
		: `${where}: ${message}`;
	return new Error(located, { cause: error });
}

// What an error names, and how that thing is written in the MDX source.
const NEEDLES: readonly [RegExp, (found: string) => string][] = [
	[/step (?:id )?"([^"]+)"/, (id) => `id="${id}"`],
	[/chart "([^"]+)"/, (name) => `chart="${name}"`],
	[/source key "([^"]+)"/, (key) => key],
	[/note "([^"]+)"/, (id) => `id="${id}"`],
];

function lineSuffix(message: string, file: string): string {
	const needle = NEEDLES.map(([pattern, toNeedle]) => {
		const found = pattern.exec(message)?.[1];
		return found && toNeedle(found);
	}).find(Boolean);
	if (!needle) return '';
	const line = lineOf(file, needle);
	return line === undefined ? '' : `:${line}`;
}
