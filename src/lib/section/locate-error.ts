import { lineOf, linesOf } from '../util/line-of';

/** An error whose message starts with `file:line` already; locating it again would repeat it. */
export class LocatedError extends Error {}

/**
 * Rewrites an error thrown while rendering a section so it starts with `file:line`. The line is
 * found by what the error names: a step, a chart, a source key or a note.
 */
export function locateBuildError(error: unknown, file: string): Error {
	if (error instanceof LocatedError) return error;
	const message = error instanceof Error ? error.message : String(error);
	const needle = needleOf(message);
	const line = needle === undefined ? undefined : lineOf(file, needle);
	const where = `${file}${line === undefined ? '' : `:${line}`}`;
	const located = message.includes('this section')
		? message.replaceAll('this section', where)
		: `${where}: ${message}`;
	return relocated(error, located);
}

// The located message replaces the original rather than adding a "Caused by" that repeats it;
// the original's stack is kept for whoever debugs the engine.
function relocated(error: unknown, message: string): LocatedError {
	const located = new LocatedError(message);
	const frames =
		error instanceof Error ? error.stack?.split('\n').filter((l) => /^\s+at /.test(l)) : [];
	located.stack = [`LocatedError: ${message}`, ...(frames ?? [])].join('\n');
	return located;
}

/**
 * `locateBuildError` for a component that cannot know its section (Astro renders an MDX body's
 * components before the section around them can catch their errors): the file is the first of
 * the article's section `files` that holds what the error names. Step and note ids are unique
 * in an article, so those find the right file. An error naming nothing is returned as it is.
 */
export function locateInArticle(error: unknown, files: readonly string[]): Error {
	if (error instanceof LocatedError) return error;
	const message = error instanceof Error ? error.message : String(error);
	const needle = needleOf(message);
	if (needle && message.includes('used twice')) {
		// A repeated id is wrong where it is written again, not where it was first used.
		const [first, again] = files.flatMap((file) =>
			linesOf(file, needle).map((l) => `${file}:${l}`),
		);
		if (first && again) {
			return relocated(
				error,
				`${again}: ${message.replace(/\.(?= Fix:)/, `: first at ${first}.`)}`,
			);
		}
	}
	const file = needle && files.find((candidate) => lineOf(candidate, needle) !== undefined);
	if (file) return locateBuildError(error, file);
	return error instanceof Error ? error : new Error(String(error));
}

// What an error names, and how that thing is written in the MDX source.
const NEEDLES: readonly [RegExp, (found: string) => string][] = [
	[/step (?:id )?"([^"]+)"/, (id) => `id="${id}"`],
	[/chart "([^"]+)"/, (name) => `chart="${name}"`],
	[/source key "([^"]+)"/, (key) => key],
	[/note "([^"]+)"/, (id) => `id="${id}"`],
];

function needleOf(message: string): string | undefined {
	for (const [pattern, toNeedle] of NEEDLES) {
		const found = pattern.exec(message)?.[1];
		if (found) return toNeedle(found);
	}
	return undefined;
}
