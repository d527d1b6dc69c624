import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateBuildError } from '../../../src/lib/section/locate-error';

describe('locateBuildError', () => {
	const file = join(mkdtempSync(join(tmpdir(), 'locate-')), '02-pattern.mdx');
	writeFileSync(
		file,
		'Intro.\n\n<Scrolly chart="pattern">\n<Step id="pueblo-seized" state={{}}>\n',
	);

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
