import { isNode, LineCounter, parseDocument } from 'yaml';

/**
 * The 1-based line where the value at `path` (keys and array indexes, as in a Zod issue) starts
 * in a YAML or JSON text. A missing key gives the line of the nearest enclosing value that
 * exists, so "field X is required" points at the object that lacks it.
 */
export function lineOfPath(text: string, path: readonly PropertyKey[]): number {
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter });
	for (let depth = path.length; depth >= 0; depth -= 1) {
		const node =
			depth === 0 ? document.contents : document.getIn(path.slice(0, depth) as unknown[], true);
		if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
	}
	return 1;
}
