import { readFileSync } from 'node:fs';

/** The `data` of a chart file, `content/articles/<article>/charts/<chart>.json`, unparsed. */
export function chartData(article: string, chart: string): unknown {
	const file: { data: unknown } = JSON.parse(
		readFileSync(
			new URL(`../../../content/articles/${article}/charts/${chart}.json`, import.meta.url),
			'utf8',
		),
	);
	return file.data;
}
