import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CUSTOM_MEDIA, MEDIA } from '../../../src/styles/breakpoints';

const SRC = new URL('../../../src/', import.meta.url).pathname;

describe('breakpoints', () => {
	it('CUSTOM_MEDIA names every query of MEDIA for CSS', () => {
		expect(CUSTOM_MEDIA).toEqual({
			'--rd-wide': MEDIA.wide,
			'--rd-medium': MEDIA.medium,
			'--rd-tall': MEDIA.tall,
		});
	});

	it('CSS and scripts use the named breakpoints, never their own sizes', () => {
		const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter(
			(file) => /\.(css|astro|ts)$/.test(file) && file !== 'styles/breakpoints.ts',
		);
		const own = files.filter((file) =>
			/@media[^{]*\((?:min|max)-(?:width|height)|matchMedia\(\s*['`"]\((?:min|max)-/.test(
				readFileSync(`${SRC}${file}`, 'utf8'),
			),
		);
		expect(own).toEqual([]);
	});
});
