import { readFileSync } from 'node:fs';

/**
 * Rewrites an error thrown while rendering a section so it starts with `file:line`. The line is
 * found by the step the error names (`step "x"` → `id="x"`) or the chart (`chart "x"`).
 */
export function locateBuildError(error: unknown, file: string): Error {
	const message = error instanceof Error ? error.message : String(error);
	const where = `${file}${lineSuffix(message, file)}`;
	const located = message.includes('this section')
		? message.replaceAll('this section', where)
		: `${where}: ${message}`;
	return new Error(located, { cause: error });
}

function lineSuffix(message: string, file: string): string {
	const step = /step (?:id )?"([^"]+)"/.exec(message)?.[1];
	const chart = /chart "([^"]+)"/.exec(message)?.[1];
	const needle = step ? `id="${step}"` : chart ? `chart="${chart}"` : undefined;
	if (!needle) return '';
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch {
		return '';
	}
	const index = text.indexOf(needle);
	return index < 0 ? '' : `:${text.slice(0, index).split('\n').length}`;
}
