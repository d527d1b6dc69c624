import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	SENTINEL,
	VERSION,
	dialects,
	readAddress,
	readPosition,
} from '../../../src/embed/protocol';

const position = {
	sentinel: SENTINEL,
	version: VERSION,
	type: 'position',
	top: -420.5,
	viewportHeight: 900,
	cause: 'scroll',
	fingers: 0,
};

describe('readPosition', () => {
	it('reads our position message', () => {
		expect(readPosition(position)).toEqual({
			top: -420.5,
			viewportHeight: 900,
			cause: 'scroll',
			fingers: 0,
		});
	});

	it.each([
		['another sentinel', { ...position, sentinel: 'amp' }],
		['another version', { ...position, version: 2 }],
		['another type', { ...position, type: 'height' }],
		['a top that is not a number', { ...position, top: '0' }],
		['a top beyond any page', { ...position, top: 1e12 }],
		['no viewport', { ...position, viewportHeight: 0 }],
		['a viewport of a billion pixels', { ...position, viewportHeight: 1e9 }],
		['NaN', { ...position, top: NaN }],
		['an unknown cause', { ...position, cause: 'explode' }],
		['half a finger', { ...position, fingers: 0.5 }],
		['null', null],
		['a number', 7],
		['an array', [1, 2]],
	])('ignores %s', (_, data) => {
		expect(readPosition(data)).toBeUndefined();
	});

	it("reads a Pym.js parent's viewport-iframe-position for its own child id only", () => {
		const pym = 'pymxPYMxgraphicxPYMxviewport-iframe-positionxPYMx1280 800 -350 120 2400 760';
		expect(readPosition(pym, 'graphic')).toEqual({
			top: -350,
			viewportHeight: 800,
			cause: 'scroll',
			fingers: 0,
		});
		expect(readPosition(pym, 'other')).toBeUndefined();
		expect(readPosition(pym)).toBeUndefined();
		expect(readPosition(`${pym} 9`, 'graphic')).toBeUndefined();
		expect(readPosition(pym.replace('-350', 'x'), 'graphic')).toBeUndefined();
	});
});

describe('dialects', () => {
	it('says a height in every dialect the address allows', () => {
		expect(dialects({ type: 'height', height: 812 }, { pymId: 'g1', wpSecret: 'abc123' })).toEqual([
			{ sentinel: SENTINEL, version: VERSION, type: 'height', height: 812 },
			'pymxPYMxg1xPYMxheightxPYMx812',
			{ sentinel: 'amp', type: 'embed-size', height: 812 },
			{ message: 'height', value: 812, secret: 'abc123' },
		]);
		expect(dialects({ type: 'height', height: 812 }, {})).toHaveLength(2);
	});

	it('asks a Pym.js parent for positions when it is ready', () => {
		expect(dialects({ type: 'ready' }, { pymId: 'g1' })).toEqual([
			{ sentinel: SENTINEL, version: VERSION, type: 'ready' },
			'pymxPYMxg1xPYMxparentPositionInfoxPYMx',
		]);
	});
});

describe('readAddress', () => {
	it('finds the step, the Pym child id and the WordPress secret', () => {
		expect(readAddress('?initialWidth=600&childId=chart-1', '#ks-pueblo#?secret=Ab12')).toEqual({
			pymId: 'chart-1',
			wpSecret: 'Ab12',
			step: 'ks-pueblo',
		});
		expect(readAddress('', '#?secret=Ab12')).toEqual({
			pymId: undefined,
			wpSecret: 'Ab12',
			step: undefined,
		});
		expect(readAddress('?childId=<script>', '')).toMatchObject({ pymId: undefined });
	});
});

it('the host script uses the same sentinel and version as the embed', () => {
	const host = readFileSync(new URL('../../../src/embed/host.ts', import.meta.url), 'utf8');
	expect(host).toContain(`const SENTINEL = '${SENTINEL}';`);
	expect(host).toContain(`const VERSION = ${VERSION};`);
});
