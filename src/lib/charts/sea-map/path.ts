import { applyAffine, type Affine, type Point } from './frame';

/** A polyline or polygon ring in SVG units. */
export interface Ring {
	readonly points: readonly Point[];
	/** Polygon rings close with `z`; border lines stay open. */
	readonly closed: boolean;
}

/**
 * Path data for rings seen through `a`: each ring starts with an absolute `M`, then relative
 * steps, with every position rounded to 0.1 before differencing (no drift, one decimal).
 * The output has exactly one coordinate pair per input point, whatever `a` is, so two framings
 * of the same rings interpolate number by number.
 */
export function encodeRings(rings: readonly Ring[], a: Affine): string {
	return rings
		.map(({ points, closed }) => {
			let px = 0;
			let py = 0;
			const parts = points.map((p, i) => {
				const [x, y] = applyAffine(a, p);
				const tx = Math.round(x * 10);
				const ty = Math.round(y * 10);
				const part =
					i === 0 ? `M${tenths(tx)},${tenths(ty)}l` : `${tenths(tx - px)},${tenths(ty - py)}`;
				px = tx;
				py = ty;
				return part;
			});
			const [head = '', ...steps] = parts;
			return `${head}${steps.join(' ')}${closed ? 'z' : ''}`;
		})
		.join('');
}

/** Douglas–Peucker: drops points closer than `tolerance` to the line through their neighbours. */
export function simplify(points: readonly Point[], tolerance: number): Point[] {
	if (points.length < 3) return [...points];
	const keep = new Set<number>([0, points.length - 1]);
	const stack: [number, number][] = [[0, points.length - 1]];
	for (let span = stack.pop(); span; span = stack.pop()) {
		const [from, to] = span;
		const [ax, ay] = points[from] ?? [0, 0];
		const [bx, by] = points[to] ?? [0, 0];
		const length = Math.hypot(bx - ax, by - ay);
		let worst = -1;
		let worstDistance = tolerance;
		for (let i = from + 1; i < to; i++) {
			const [x, y] = points[i] ?? [0, 0];
			const distance =
				length === 0
					? Math.hypot(x - ax, y - ay)
					: Math.abs((by - ay) * x - (bx - ax) * y + bx * ay - by * ax) / length;
			if (distance > worstDistance) [worst, worstDistance] = [i, distance];
		}
		if (worst > 0) {
			keep.add(worst);
			stack.push([from, worst], [worst, to]);
		}
	}
	return points.filter((_, i) => keep.has(i));
}

/** Signed area of a ring (shoelace); the sign tells its winding. */
export function ringArea(points: readonly Point[]): number {
	let sum = 0;
	points.forEach(([x1, y1], i) => {
		const [x2, y2] = points[(i + 1) % points.length] ?? [x1, y1];
		sum += x1 * y2 - x2 * y1;
	});
	return sum / 2;
}

function tenths(n: number): string {
	return String(n / 10 || 0);
}
