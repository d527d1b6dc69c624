/**
 * Rough width of a label in the chart font, `size` px (11 by default), on the generous side
 * (about a fifth wider than Source Sans 3): layouts use it to keep labels apart and inside their
 * frame, not to measure.
 */
export function estimateTextWidth(text: string, size = 11): number {
	return (text.length * 6 * size) / 11;
}

/** The first of `candidates` (longest first) that fits in `room`, or else the last. */
export function fitText(candidates: readonly string[], room: number, size = 11): string {
	return (
		candidates.find((text) => estimateTextWidth(text, size) <= room) ?? candidates.at(-1) ?? ''
	);
}

/** `text` broken at spaces into lines that fit in `room` (a word longer than `room` stays whole). */
export function wrapText(text: string, room: number, size = 11): string[] {
	const lines: string[] = [];
	for (const word of text.split(' ')) {
		const last = lines.at(-1);
		if (last !== undefined && estimateTextWidth(`${last} ${word}`, size) <= room) {
			lines[lines.length - 1] = `${last} ${word}`;
		} else lines.push(word);
	}
	return lines;
}
