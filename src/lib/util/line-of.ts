import { readFileSync } from 'node:fs';

/** The 1-based line of `file` where `needle` first appears, if the file can be read. */
export function lineOf(file: string, needle: string): number | undefined {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch {
		return undefined;
	}
	const index = text.indexOf(needle);
	return index < 0 ? undefined : text.slice(0, index).split('\n').length;
}
