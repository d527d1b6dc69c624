import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateBuildError, locateInArticle } from '../../../src/lib/section/locate-error';

const folder = mkdtempSync(join(tmpdir(), 'locate-'));
const file = join(folder, '02-pattern.mdx');
writeFileSync(file, 'Intro.\n\n<Scrolly chart="pattern">\n<Step id="pueblo-seized" state={{}}>\n');
const other = join(folder, '01-signals.mdx');
writeFileSync(other, 'No steps here.\n');

describe('locateBuildError', () => {
	it('locateBuildError(error, file) puts file:line where the error says "this section"', () => {
		const error = new Error('this section, step "pueblo-seized": the state does not fit');
		expect(locateBuildError(error, file).message).toBe(
			`${file}:4, step "pueblo-seized": the state does not fit`,
		);
	});

	it('locateBuildError(error, file) prefixes file:line, finding the line by what the error names', () => {
		expect(locateBuildError(new Error('unknown chart "pattern"'), file).message).toBe(
			`${file}:3: unknown chart "pattern"`,
		);
		expect(locateBuildError('no needle here', file).message).toBe(`${file}: no needle here`);
	});
});

describe('locateInArticle', () => {
	it('locateInArticle(error, files) locates the error in the file that holds what it names', () => {
		const error = new Error('this section, step "pueblo-seized": the state does not fit');
		expect(locateInArticle(error, [other, file]).message).toBe(
			`${file}:4, step "pueblo-seized": the state does not fit`,
		);
	});

	it('locateInArticle(error, files) locates an error once, and leaves one naming nothing', () => {
		const located = locateInArticle(new Error('unknown chart "pattern"'), [file]);
		expect(locateInArticle(located, [file])).toBe(located);
		expect(locateBuildError(located, other)).toBe(located);
		const plain = new Error('a citation names no source');
		expect(locateInArticle(plain, [other, file])).toBe(plain);
	});
});
