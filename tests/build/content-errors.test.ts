import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const scratch = mkdtempSync(join(tmpdir(), 'reader-build-'));
const outDir = join(scratch, 'dist');
// Broken copies of the `good` fixture live under the project, as content does.
const copies = join(root, 'tests/fixtures/.broken');
afterAll(() => {
	rmSync(scratch, { recursive: true, force: true });
	rmSync(copies, { recursive: true, force: true });
});

interface Build {
	status: number | null;
	output: string;
}

/** Builds the site from a content folder (relative to the project) and returns what it printed. */
function buildFrom(contentDir: string, env: Record<string, string> = {}): Build {
	const cacheDir = mkdtempSync(join(scratch, 'cache-'));
	// Builds run without SITE_URL unless a test sets it.
	const inherited = Object.fromEntries(
		Object.entries(process.env).filter(([name]) => name !== 'SITE_URL'),
	);
	const result = spawnSync('npx', ['astro', 'build'], {
		cwd: root,
		encoding: 'utf8',
		env: {
			...inherited,
			READER_CONTENT_DIR: `./${contentDir}`,
			READER_OUT_DIR: outDir,
			// Each build starts from an empty content cache, so no entry of an earlier fixture leaks in.
			READER_CACHE_DIR: cacheDir,
			READER_PDF: 'off',
			...env,
		},
	});
	// CI gets colour codes in the build's output; read the words only.
	return {
		status: result.status,
		output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`),
	};
}

const buildWith = (fixture: string) => buildFrom(`tests/fixtures/${fixture}`);

/**
 * Copies the `good` fixture (one article: a prose section with a note and a citation, a
 * scrolly section, one timeline chart), lets `breakIt` change one thing in the copy's article
 * folder, and builds it. Returns the build and the copy's article folder as errors name it.
 */
function buildBroken(name: string, breakIt: (edit: Editor) => void): Build & { dir: string } {
	const copy = join(copies, name);
	rmSync(copy, { recursive: true, force: true });
	cpSync(join(root, 'tests/fixtures/good'), copy, { recursive: true });
	const article = join(copy, 'articles/good');
	breakIt({
		replace(file, from, to) {
			const path = join(article, file);
			const text = readFileSync(path, 'utf8');
			if (!text.includes(from)) throw new Error(`fixture ${file} has no "${from}"`);
			writeFileSync(path, text.replace(from, to));
		},
		append(file, text) {
			writeFileSync(join(article, file), readFileSync(join(article, file), 'utf8') + text);
		},
		rename(from, to) {
			cpSync(join(article, from), join(article, to));
			rmSync(join(article, from));
		},
	});
	const dir = `tests/fixtures/.broken/${name}`;
	return { ...buildFrom(dir), dir: `${dir}/articles/good` };
}

interface Editor {
	/** Replaces the first `from` in a file of the article folder (`../../sources.json` reaches up). */
	replace(file: string, from: string, to: string): void;
	append(file: string, text: string): void;
	rename(from: string, to: string): void;
}

describe('building bad content', () => {
	it('a section missing a required frontmatter field fails the build naming the file and the field', () => {
		const { status, output } = buildWith('bad-frontmatter');
		expect(status).not.toBe(0);
		expect(output).toContain('bad-frontmatter/articles/broken/01-missing-short-title.mdx:2');
		expect(output).toMatch(/shortTitle\W+required/);
	}, 180_000);

	it('a citation of an unknown source fails the build with the file, the line and the key', () => {
		const { status, output } = buildWith('notes-bad-key');
		expect(status).not.toBe(0);
		expect(output).toContain('notes-bad-key/articles/bad-key/01-cites-unknown.mdx:8');
		expect(output).toContain('unknown source key "nosuch2020key"');
		expect(output).toContain(
			'Fix: add an entry with "id": "nosuch2020key" to content/sources.json',
		);
	}, 180_000);

	it('a step state its chart cannot show fails the build with the section file, the line and the step', () => {
		const { status, output } = buildWith('scrolly-bad-state');
		expect(status).not.toBe(0);
		expect(output).toContain(
			'scrolly-bad-state/articles/bad-state/02-broken.mdx:17, step "fixture-missing"',
		);
		expect(output).toContain('highlight names "no-such-event"');
		expect(output).not.toContain('this section');
	}, 60_000);

	it('a source nothing cites is reported, and the build still succeeds', () => {
		const { status, output } = buildWith('notes-uncited');
		expect(status).toBe(0);
		expect(output).toContain(
			'content/sources.json: 1 entry is not cited anywhere: fixture2021unused. Cite them or remove them.',
		);
		// A good build prints no bundler noise, and without SITE_URL it says URLs are placeholders.
		expect(output).not.toContain('MODULE_LEVEL_DIRECTIVE');
		expect(output).toContain('SITE_URL is not set: canonical links, citations, the sitemap');
	}, 180_000);
});

describe('every content fault names the file, the line, what is wrong and the fix', () => {
	it('a step id used twice: where it is used again, and where first', () => {
		const { status, output, dir } = buildBroken('duplicate-step', (edit) =>
			edit.replace('02-scrolly.mdx', 'id="fixture-event"', 'id="fixture-whole"'),
		);
		expect(status).toBe(1);
		expect(output).toContain(
			`${dir}/02-scrolly.mdx:17: step id "fixture-whole" is used twice in this article: first at ${dir}/02-scrolly.mdx:10. Fix: give each step its own id.`,
		);
	}, 180_000);

	it("a step state that breaks its chart's schema: the step, the field and the schema file", () => {
		const { status, output, dir } = buildBroken('state-schema', (edit) =>
			edit.replace('02-scrolly.mdx', 'to: 1970, highlight', "to: 'later', highlight"),
		);
		expect(status).toBe(1);
		expect(output).toContain(
			`${dir}/02-scrolly.mdx:17, step "fixture-event": the state does not fit the two-track-timeline state schema`,
		);
		expect(output).toContain('state.to: Invalid input: expected number');
		expect(output).toContain("Fix: correct the step's state");
		expect(output).not.toContain('this section');
	}, 180_000);

	it('an unknown chart name: the scrolly, and the charts there are', () => {
		const { status, output, dir } = buildBroken('unknown-chart', (edit) =>
			edit.replace('02-scrolly.mdx', 'chart="timeline"', 'chart="timelines"'),
		);
		expect(status).toBe(1);
		expect(output).toContain(`${dir}/02-scrolly.mdx:8: unknown chart "timelines"`);
		expect(output).toContain("Fix: use one of this article's charts (timeline)");
	}, 180_000);

	it('a note of an unknown kind: the note, and the kinds there are', () => {
		const { status, output, dir } = buildBroken('note-kind', (edit) =>
			edit.replace('01-prose.mdx', 'kind="context"', 'kind="aside"'),
		);
		expect(status).toBe(1);
		expect(output).toContain(
			`${dir}/01-prose.mdx:12: note "fixture-context" has an unknown kind "aside". Fix: write kind="context", "fact-check", "hindsight"`,
		);
	}, 180_000);

	it('a note id used twice: where it is used again, and where first', () => {
		const { status, output, dir } = buildBroken('duplicate-note', (edit) =>
			edit.append(
				'02-scrolly.mdx',
				'\nAgain.<Note kind="context" id="fixture-context">More.</Note>\n',
			),
		);
		expect(status).toBe(1);
		expect(output).toContain(
			`${dir}/02-scrolly.mdx:25: note "fixture-context" has the same id as the note at ${dir}/01-prose.mdx:12. Fix: give each note its own id.`,
		);
	}, 180_000);

	it('malformed YAML in article.yaml: the line and how to write YAML', () => {
		const { status, output, dir } = buildBroken('article-yaml', (edit) =>
			edit.replace('article.yaml', "dek: 'The build-error", "dek: ['The build-error"),
		);
		expect(status).toBe(1);
		expect(output).toMatch(new RegExp(`${dir}/article.yaml:[23]: not valid YAML: `));
		expect(output).toContain('Fix: indent nested fields by two spaces');
	}, 180_000);

	it("malformed YAML in a section's frontmatter: the line in the MDX file", () => {
		const { status, output, dir } = buildBroken('frontmatter-yaml', (edit) =>
			edit.replace('01-prose.mdx', 'years: [2020, 2020]', 'years: [2020, 2020'),
		);
		expect(status).toBe(1);
		expect(output).toContain(`${dir}/01-prose.mdx:5: not valid YAML: `);
		expect(output).toContain('Fix: indent nested fields by two spaces');
	}, 180_000);

	it('a missing article.yaml field: the file, a real line and the field', () => {
		const { status, output, dir } = buildBroken('article-field', (edit) =>
			edit.replace('article.yaml', "  outlet: 'Foreign Affairs'\n", ''),
		);
		expect(status).toBe(1);
		expect(output).toContain(`${dir}/article.yaml:4: original.outlet: required, but missing`);
		expect(output).toContain('Fix: correct that field; src/content.config.ts (articles)');
		expect(output).not.toContain(':0:0');
	}, 180_000);

	it('broken MDX: the file, line and column, and how to write MDX', () => {
		const { status, output, dir } = buildBroken('broken-mdx', (edit) =>
			edit.replace('01-prose.mdx', 'A sentence with a context', 'A <b>sentence with a context'),
		);
		expect(status).toBe(1);
		expect(output).toContain(`${dir}/01-prose.mdx:12:3: Expected a closing tag for \`<b>\``);
		expect(output).toContain('Fix: in MDX, `<` opens a tag and `{` opens an expression.');
	}, 180_000);

	it('chart data that breaks its schema: the chart file, the JSON path and its line', () => {
		const { status, output, dir } = buildBroken('chart-data', (edit) =>
			edit.replace('charts/timeline.json', '"1968-01-23"', '"1968-13-23"'),
		);
		expect(status).toBe(1);
		expect(output).toContain(
			`${dir}/charts/timeline.json:11: "data" does not fit the two-track-timeline data schema:`,
		);
		expect(output).toContain('  - data.events[0].date (line 11): use a real date');
		expect(output).toContain('Fix: correct the data in');
	}, 180_000);

	it('a chart file that is not JSON: the line and column', () => {
		const { status, output, dir } = buildBroken('chart-json', (edit) =>
			edit.replace('charts/timeline.json', '"A one-event timeline",', '"A one-event timeline"'),
		);
		expect(status).toBe(1);
		expect(output).toContain(`${dir}/charts/timeline.json:4:2: not valid JSON: `);
		expect(output).toContain('Fix: JSON wants double-quoted keys and strings');
	}, 180_000);

	it('an unknown chart type: the chart file, the line of "type" and the types there are', () => {
		const { status, output, dir } = buildBroken('chart-type', (edit) =>
			edit.replace('charts/timeline.json', '"two-track-timeline"', '"timeline"'),
		);
		expect(status).toBe(1);
		expect(output).toContain(`${dir}/charts/timeline.json:2: unknown chart type "timeline".`);
		expect(output).toContain('Fix: set "type" to one of the known chart types: bar-panels,');
	}, 180_000);

	it('a bibliography that is not JSON, or whose entry breaks the CSL schema: the line', () => {
		const syntax = buildBroken('sources-json', (edit) =>
			edit.replace('../../sources.json', '"webpage"', 'webpage'),
		);
		expect(syntax.status).toBe(1);
		expect(syntax.output).toContain('.broken/sources-json/sources.json:4: not valid JSON: ');
		const schema = buildBroken('sources-schema', (edit) =>
			edit.replace('../../sources.json', '"webpage"', '"web page"'),
		);
		expect(schema.status).toBe(1);
		expect(schema.output).toContain('.broken/sources-schema/sources.json:4: 0.type: ');
		expect(schema.output).toContain('Fix: correct that field; src/lib/notes/csl-schema.ts');
	}, 240_000);
});

describe('no content fault passes silently', () => {
	it('a section file whose name the collection would skip (a three-digit order) fails the build', () => {
		const { status, output, dir } = buildBroken('three-digits', (edit) =>
			edit.rename('02-scrolly.mdx', '100-scrolly.mdx'),
		);
		expect(status).toBe(1);
		expect(output).toContain(
			`${dir}/100-scrolly.mdx: this section would be left out: its name is not NN-<slug>.mdx. Fix: rename it`,
		);
	}, 180_000);

	it('the same heading in two sections, which would give the page two equal ids, fails the build', () => {
		const { status, output, dir } = buildBroken('repeated-heading', (edit) =>
			edit.append('02-scrolly.mdx', '\n### A sub-heading\n\nMore text.\n'),
		);
		expect(status).toBe(1);
		expect(output).toContain(
			`${dir}/02-scrolly.mdx:25: the heading "A sub-heading" gets the id "a-sub-heading", which the heading at ${dir}/01-prose.mdx:10 has already`,
		);
		expect(output).toContain('Fix: reword one of the two headings.');
	}, 180_000);
});

describe('what a build leaves behind', () => {
	it('a failed build keeps the last good build in place, removes its partial output and says so', () => {
		const good = buildFrom('tests/fixtures/good', { SITE_URL: 'https://readings.example.org' });
		expect(good.status).toBe(0);
		expect(good.output).not.toContain('SITE_URL is not set');
		const page = readFileSync(join(outDir, 'good/index.html'), 'utf8');
		expect(page).toContain('<link rel="canonical" href="https://readings.example.org/good/">');

		const failed = buildBroken('after-good', (edit) =>
			edit.replace('02-scrolly.mdx', "highlight: ['one-event']", "highlight: ['no-event']"),
		);
		expect(failed.status).toBe(1);
		expect(failed.output).toContain('still holds the last good build');
		expect(readFileSync(join(outDir, 'good/index.html'), 'utf8')).toBe(page);
		expect(existsSync(join(scratch, '.dist-building'))).toBe(false);
	}, 240_000);
});
