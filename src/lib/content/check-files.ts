import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import type { z } from 'astro/zod';
import { parseDocument } from 'yaml';
import { isSectionFile } from './section-id';
import { lineOfPath } from '../util/source-position';

/**
 * Content files are checked here before Astro's loaders read them, so that a fault is reported
 * as `file:line: what is wrong` and a `Fix:`, where Astro would say `:0:0` or give no fix.
 * The checks only read; the loaders still load, and their own checks stay as a second net.
 */
export function checkedLoader(loader: Loader, check: () => void): Loader {
	return {
		...loader,
		load: async (context) => {
			check();
			await loader.load(context);
		},
	};
}

const YAML_FIX =
	"Fix: indent nested fields by two spaces, write one `key: value` per line, and quote text that holds ': ', ' #' or starts with a quote, [, {, *, & or !, e.g. dek: 'Yes: and no'.";
const JSON_FIX =
	'Fix: JSON wants double-quoted keys and strings, commas between items but none after the last, and no comments.';

/** `content/articles/<slug>/article.yaml`: valid YAML that fits `schema`. */
export function checkArticleFiles(articlesRoot: string, schema: z.ZodType): void {
	for (const folder of articleFolders(articlesRoot)) {
		const file = join(folder, 'article.yaml');
		if (!existsSync(file)) {
			throw contentError(
				`${shown(folder)}/ has no article.yaml, so its sections would never be built. Fix: add article.yaml (copy one from another article) or move the folder out of ${shown(articlesRoot)}/.`,
			);
		}
		checkYaml(file, readFileSync(file, 'utf8'), 0, schema, 'src/content.config.ts (articles)');
	}
}

/** Every `.mdx` in an article folder: a well-named section whose frontmatter fits `schema`. */
export function checkSectionFiles(articlesRoot: string, schema: z.ZodType): void {
	for (const folder of articleFolders(articlesRoot)) {
		for (const name of readdirSync(folder).filter((entry) => entry.endsWith('.mdx'))) {
			const file = join(folder, name);
			// The collection reads only `NN-<slug>.mdx`: anything else would be skipped without a word.
			if (!isSectionFile(relative(articlesRoot, file).replaceAll('\\', '/'))) {
				throw contentError(
					`${shown(file)}: this section would be left out: its name is not NN-<slug>.mdx. Fix: rename it with a two-digit order and a lowercase kebab-case slug, e.g. 03-the-crash.mdx (an article holds at most 99 sections).`,
				);
			}
			const text = readFileSync(file, 'utf8');
			const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
			if (!frontmatter) {
				throw contentError(
					`${shown(file)}:1: the section has no frontmatter. Fix: start the file with a block between two --- lines giving title, shortTitle, summary and years.`,
				);
			}
			checkYaml(file, frontmatter[1] ?? '', 1, schema, 'src/content.config.ts (sections)');
		}
	}
}

/** A JSON file (a chart or the bibliography): valid JSON, and fits `schema` if one is given. */
export function checkJsonFile(file: string, schema?: z.ZodType, schemaFile = ''): void {
	const text = readFileSync(file, 'utf8');
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const line = jsonErrorLine(text, message);
		const where = line === undefined ? '' : `:${line}`;
		const what = message.replace(/ in JSON at position.*$/, '').replace(/, (\.\.\.)?"[\s\S]*$/, '');
		throw contentError(`${shown(file)}${where}: not valid JSON: ${what}.\n${JSON_FIX}`);
	}
	if (schema) reportIssues(file, text, 0, schema.safeParse(data), schemaFile);
}

/** Every chart file of every article: valid JSON (chart-type schemas check the data later). */
export function checkChartFiles(articlesRoot: string): void {
	for (const folder of articleFolders(articlesRoot)) {
		const charts = join(folder, 'charts');
		if (!existsSync(charts)) continue;
		for (const name of readdirSync(charts).filter((entry) => entry.endsWith('.json'))) {
			checkJsonFile(join(charts, name));
		}
	}
}

/**
 * The line of a JSON.parse error: V8 says `(line 4 column 2)` for some errors, and for others
 * only quotes the text around the bad token (`Unexpected token 'w', ..."type": webpage,"...`).
 */
function jsonErrorLine(text: string, message: string): string | undefined {
	const at = /line (\d+) column (\d+)/.exec(message);
	if (at) return `${at[1]}:${at[2]}`;
	const quoted = /, (?:\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON/.exec(message)?.[1];
	const index = quoted ? text.indexOf(quoted) : -1;
	return index < 0 ? undefined : String(text.slice(0, index).split('\n').length);
}

function checkYaml(
	file: string,
	text: string,
	firstLine: number,
	schema: z.ZodType,
	schemaFile: string,
): void {
	const document = parseDocument(text, { prettyErrors: true });
	const [error] = document.errors;
	if (error) {
		const line = (error.linePos?.[0].line ?? 1) + firstLine;
		const what = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '');
		throw contentError(`${shown(file)}:${line}: not valid YAML: ${what}.\n${YAML_FIX}`);
	}
	reportIssues(file, text, firstLine, schema.safeParse(document.toJS()), schemaFile);
}

function reportIssues(
	file: string,
	text: string,
	firstLine: number,
	result: z.ZodSafeParseResult<unknown>,
	schemaFile: string,
): void {
	if (result.success) return;
	const lines = result.error.issues.map((issue) => {
		const line = lineOfPath(text, issue.path) + firstLine;
		const field = issue.path.map(String).join('.') || '(top level)';
		const message =
			issue.code === 'invalid_type' && /undefined/.test(issue.message)
				? 'required, but missing'
				: issue.message;
		return `${shown(file)}:${line}: ${field}: ${message}`;
	});
	throw contentError(
		`${lines.join('\n')}\nFix: correct ${lines.length === 1 ? 'that field' : 'those fields'}; ${schemaFile || 'the schema'} describes each one.`,
	);
}

/** An error about a file an author wrote: its message says where, so no stack of ours is shown. */
function contentError(message: string): Error {
	const error = new Error(message);
	error.stack = `Error: ${message}`;
	return error;
}

function articleFolders(articlesRoot: string): string[] {
	return readdirSync(articlesRoot, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => join(articlesRoot, entry.name));
}

// Paths as an author would type them, from the project folder.
function shown(path: string): string {
	return relative(process.cwd(), path).replaceAll('\\', '/') || path;
}
