import type { z } from 'astro/zod';

/** Zod issues as readable lines, `  - path: message`, with paths like `events[3].date`. */
export function formatIssues(error: z.ZodError, prefix = ''): string {
	return error.issues
		.map((issue) => `  - ${formatPath([prefix, ...issue.path])}: ${issue.message}`)
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
