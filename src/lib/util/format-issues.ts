import type { z } from 'astro/zod';

/**
 * Zod issues as readable lines, `  - path: message`, with paths like `events[3].date`; with
 * `lineOf`, each path is followed by the line of the file it was read from: `(line 12)`.
 */
export function formatIssues(
	error: z.ZodError,
	prefix = '',
	lineOf?: (path: readonly PropertyKey[]) => number | undefined,
): string {
	return error.issues
		.map((issue) => {
			const path = [prefix, ...issue.path].filter((part) => part !== '');
			const line = lineOf?.(path);
			return `  - ${formatPath(path)}${line === undefined ? '' : ` (line ${line})`}: ${issue.message}`;
		})
		.join('\n');
}

function formatPath(path: readonly PropertyKey[]): string {
	const text = path
		.filter((part) => part !== '')
		.map((part, i) =>
			typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`,
		)
		.join('');
	return text === '' ? '(top level)' : text;
}
