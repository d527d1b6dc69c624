import { describe, expect, it } from 'vitest';
import { placePopover } from '../../../src/lib/notes/place-popover';

const viewport = { width: 390, height: 844 };
const popover = { width: 300, height: 200 };
/** A marker 16 px tall with its left edge at `left` and its top at `top`. */
const marker = (left: number, top: number) => ({ left, top, bottom: top + 16 });

describe('placePopover', () => {
	it('puts the popover 8 px under its marker, centred on the marker’s left edge', () => {
		expect(placePopover(marker(200, 100), popover, viewport)).toEqual({ left: 50, top: 124 });
	});

	it('keeps 8 px from the viewport’s left and right edges', () => {
		expect(placePopover(marker(20, 100), popover, viewport).left).toBe(8);
		expect(placePopover(marker(380, 100), popover, viewport).left).toBe(82);
	});

	it('goes above the marker when there is no room below, and never above the viewport', () => {
		expect(placePopover(marker(200, 700), popover, viewport).top).toBe(492);
		expect(placePopover(marker(200, 100), { width: 300, height: 800 }, viewport).top).toBe(8);
	});
});
