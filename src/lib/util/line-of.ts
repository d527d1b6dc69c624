import { readFileSync } from 'node:fs';

/** The 1-based line of `file` where `needle` first appears, if the file can be read. */
export function lineOf(file: string, needle: string): number | undefined {
	return linesOf(file, needle)[0];
}

/** Every 1-based line of `file` where `needle` appears, in order; none if it cannot be read. */
export function linesOf(file: string, needle: string): number[] {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch {
		return [];
	}
	const lines: number[] = [];
	for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
		lines.push(text.slice(0, at).split('\n').length);
	}
	return lines;
}
