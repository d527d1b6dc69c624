import type { Frame } from './chart-type';
import { markAttributes, markOpacity, readScaleTransform } from './mark-attributes';
import type { Mark, Scene } from './scene';

/**
 * A mark as shipped: `[kind, key, className, layer, ...geometry, text?, opacity?]`. Kind and
 * layer are indexes into `KINDS` and `LAYERS`; key, className and text are indexes into the
 * shared string table; geometry is `markAttributes` in its order (rounded as both renderers
 * round it; text marks end theirs with the anchor).
 */
export type PackedMark = readonly (string | number)[];

/** One frame's scenes: each distinct mark once, each scene as indexes into that table. */
export interface PackedScenes {
	readonly marks: readonly PackedMark[];
	readonly scenes: readonly (Omit<Scene, 'marks'> & { readonly marks: readonly number[] })[];
}

/**
 * A scrolly's scenes in both frames as shipped to the browser. Steps share most of their marks
 * (a coastline, an axis) and the frames share their keys, classes and texts, so this is a
 * fraction of the plain lists' size.
 */
export interface PackedFrames {
	readonly strings: readonly string[];
	readonly wide: PackedScenes;
	readonly compact: PackedScenes;
}

const KINDS = ['path', 'circle', 'rect', 'line', 'text'] as const;
const LAYERS = ['data', 'frame'] as const;

/** Packs each frame's scenes, with one string table for both. */
export function packFrames(scenes: Readonly<Record<Frame, readonly Scene[]>>): PackedFrames {
	const strings: string[] = [];
	const ids = new Map<string, number>();
	const id = (text: string): number => {
		let i = ids.get(text);
		if (i === undefined) {
			i = strings.push(text) - 1;
			ids.set(text, i);
		}
		return i;
	};
	const pack = (list: readonly Scene[]): PackedScenes => {
		const marks: PackedMark[] = [];
		const index = new Map<string, number>();
		const packed = list.map(({ marks: sceneMarks, ...frame }) => ({
			...frame,
			marks: sceneMarks.map((mark) => {
				const cells = packMark(mark, id);
				const json = JSON.stringify(cells);
				let i = index.get(json);
				if (i === undefined) {
					i = marks.push(cells) - 1;
					index.set(json, i);
				}
				return i;
			}),
		}));
		return { marks, scenes: packed };
	};
	const wide = pack(scenes.wide);
	const compact = pack(scenes.compact);
	return { strings, wide, compact };
}

/** The inverse of `packFrames` (in the browser); geometry comes back rounded. */
export function unpackFrames(packed: PackedFrames): Record<Frame, Scene[]> {
	const text = (cell: string | number | undefined): string => {
		const found = packed.strings[Number(cell)];
		if (found === undefined)
			throw new Error(`packed scenes refer to string ${cell}, which is missing`);
		return found;
	};
	const unpack = ({ marks, scenes }: PackedScenes): Scene[] => {
		const table = marks.map((cells) => unpackMark(cells, text));
		return scenes.map((scene) => ({
			...scene,
			marks: scene.marks.map((i) => {
				const mark = table[i];
				if (!mark) throw new Error(`packed scene refers to mark ${i}, which is missing`);
				return mark;
			}),
		}));
	};
	return { wide: unpack(packed.wide), compact: unpack(packed.compact) };
}

function packMark(mark: Mark, id: (text: string) => number): PackedMark {
	return [
		KINDS.indexOf(mark.kind),
		id(mark.key),
		id(mark.className),
		LAYERS.indexOf(mark.layer),
		...Object.values(markAttributes(mark)),
		...(mark.kind === 'text' ? [id(mark.text)] : []),
		...(mark.opacity === undefined ? [] : [markOpacity(mark)]),
	];
}

function unpackMark(cells: PackedMark, text: (cell: string | number | undefined) => string): Mark {
	const [kind, key, className, layer, ...rest] = cells;
	const n = (i: number): number => Number(rest[i]);
	const base = {
		key: text(key),
		className: text(className),
		layer: LAYERS[Number(layer)] ?? 'data',
	};
	const opacity = (at: number) => (rest.length > at ? { opacity: n(at) } : {});
	switch (KINDS[Number(kind)]) {
		case 'path': {
			// Data, then a scaled path's transform and zoom (strings, where an opacity is a number).
			const transform = rest[1];
			if (typeof transform !== 'string')
				return { kind: 'path', ...base, d: String(rest[0]), ...opacity(1) };
			const scale = readScaleTransform(transform);
			return { kind: 'path', ...base, d: String(rest[0]), scale, ...opacity(3) };
		}
		case 'circle':
			return { kind: 'circle', ...base, cx: n(0), cy: n(1), r: n(2), ...opacity(3) };
		case 'rect':
			return { kind: 'rect', ...base, x: n(0), y: n(1), width: n(2), height: n(3), ...opacity(4) };
		case 'line':
			return { kind: 'line', ...base, x1: n(0), y1: n(1), x2: n(2), y2: n(3), ...opacity(4) };
		case 'text':
			return {
				kind: 'text',
				...base,
				x: n(0),
				y: n(1),
				anchor: rest[2] === 'start' || rest[2] === 'end' ? rest[2] : 'middle',
				text: text(rest[3]),
				...opacity(4),
			};
		default:
			throw new Error(`packed mark of unknown kind ${kind}`);
	}
}
