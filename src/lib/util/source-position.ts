import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';

/**
 * The 1-based line where the entry at `path` (keys and array indexes, as in a Zod issue) is
 * written in a YAML or JSON text: its key's line, or an array item's. A missing key gives the
 * line of the nearest enclosing entry that exists, so "X is required" points at the object
 * that lacks it.
 */
export function lineOfPath(text: string, path: readonly PropertyKey[]): number {
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter });
	for (let depth = path.length; depth >= 1; depth -= 1) {
		const parent =
			depth === 1 ? document.contents : document.getIn(path.slice(0, depth - 1) as unknown[], true);
		const step = path[depth - 1];
		let node: unknown;
		if (isMap(parent)) {
			const pair = parent.items.find(
				(item) => (isScalar(item.key) ? item.key.value : item.key) === step,
			);
			node = pair?.key ?? pair?.value;
		} else if (isSeq(parent)) {
			node = parent.items[Number(step)];
		}
		if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
	}
	const top = document.contents;
	return isNode(top) && top.range ? lineCounter.linePos(top.range[0]).line : 1;
}
