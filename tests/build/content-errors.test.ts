import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const outDir = mkdtempSync(join(tmpdir(), 'reader-build-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** Builds the site from a fixture content folder and returns what the build printed. */
function buildWith(fixture: string): { status: number | null; output: string } {
	const result = spawnSync('npx', ['astro', 'build'], {
		cwd: root,
		encoding: 'utf8',
		env: {
			...process.env,
			READER_CONTENT_DIR: `./tests/fixtures/${fixture}`,
			READER_OUT_DIR: outDir,
		},
	});
	// CI gets colour codes in the build's output; read the words only.
	return {
		status: result.status,
		output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`),
	};
}

describe('building bad content', () => {
	it('a section missing a required frontmatter field fails the build naming the file and the field', () => {
		const { status, output } = buildWith('bad-frontmatter');
		expect(status).not.toBe(0);
		expect(output).toContain('bad-frontmatter/articles/broken/01-missing-short-title.mdx');
		expect(output).toMatch(/shortTitle\W+Required/);
	}, 120_000);

	it('a citation of an unknown source fails the build with the file, the line and the key', () => {
		const { status, output } = buildWith('notes-bad-key');
		expect(status).not.toBe(0);
		expect(output).toContain('notes-bad-key/articles/bad-key/01-cites-unknown.mdx:8');
		expect(output).toContain('unknown source key "nosuch2020key"');
		expect(output).toContain(
			'Fix: add an entry with "id": "nosuch2020key" to content/sources.json',
		);
	}, 120_000);

	it('a step state its chart cannot show fails the build with the section file, the line and the step', () => {
		const { status, output } = buildWith('scrolly-bad-state');
		expect(status).not.toBe(0);
		expect(output).toContain(
			'scrolly-bad-state/articles/bad-state/02-broken.mdx:17, step "fixture-missing"',
		);
		expect(output).toContain('highlight names "no-such-event"');
	}, 60_000);

	it('a source nothing cites is reported, and the build still succeeds', () => {
		const { status, output } = buildWith('notes-uncited');
		expect(status).toBe(0);
		expect(output).toContain(
			'content/sources.json: 1 entry is not cited anywhere: fixture2021unused. Cite them or remove them.',
		);
	}, 120_000);
});
