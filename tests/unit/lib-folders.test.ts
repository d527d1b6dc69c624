import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = new URL('../../src/lib/', import.meta.url).pathname;

/** For each folder of src/lib, the other src/lib folders its modules import. */
function folderImports(): Map<string, Set<string>> {
	const graph = new Map<string, Set<string>>();
	const files = readdirSync(LIB, { recursive: true, encoding: 'utf8' }).filter((file) =>
		file.endsWith('.ts'),
	);
	for (const file of files) {
		const from = file.split('/')[0] ?? '';
		const targets = graph.get(from) ?? new Set<string>();
		graph.set(from, targets);
		const source = readFileSync(join(LIB, file), 'utf8');
		for (const [, specifier = ''] of source.matchAll(/\bfrom '(\.{1,2}\/[^']+)'/g)) {
			const to = relative(LIB, resolve(dirname(join(LIB, file)), specifier)).split('/')[0] ?? '';
			if (to !== from && !to.startsWith('..')) targets.add(to);
		}
	}
	return graph;
}

/** A path of folders that leads back to its start, if there is one. */
function findCycle(graph: Map<string, Set<string>>): string[] | undefined {
	const visit = (folder: string, path: string[]): string[] | undefined => {
		if (path.includes(folder)) return [...path.slice(path.indexOf(folder)), folder];
		for (const next of graph.get(folder) ?? []) {
			const cycle = visit(next, [...path, folder]);
			if (cycle) return cycle;
		}
		return undefined;
	};
	for (const folder of graph.keys()) {
		const cycle = visit(folder, []);
		if (cycle) return cycle;
	}
	return undefined;
}

describe('src/lib', () => {
	it('has no two folders that import each other, directly or through others', () => {
		const graph = folderImports();
		expect(graph.get('section')).toBeDefined();
		expect(findCycle(graph)).toBeUndefined();
	});

	it('keeps lib/util free of imports from the other folders', () => {
		expect([...(folderImports().get('util') ?? [])]).toEqual([]);
	});
});
