import { z } from 'astro/zod';

const Id = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use a kebab-case id, such as "wonsan" or "us-claim".');

/** A named source, written out; URLs belong in the bibliography, never in chart data. */
const Source = z
	.string()
	.trim()
	.min(3, 'Name the source, e.g. "FRUS 1964–1968, vol. XXIX, pt. 1, doc. 260".')
	.refine((s) => !/https?:\/\/|www\./i.test(s), 'Name the source instead of giving a URL.');

const Lon = z.number().min(-180).max(180);
const Lat = z.number().min(-80).max(80);

/** A day of 1968 as `YYYY-MM-DD`. */
export const Day1968 = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'Write the day as YYYY-MM-DD.')
	.refine((s) => {
		const date = new Date(`${s}T00:00:00Z`);
		return s.startsWith('1968-') && date.toISOString().startsWith(s);
	}, 'Give a real calendar day in 1968 (1968-01-01 to 1968-12-31).');

const LonLat = z.object({
	/** Degrees east. */
	lon: Lon,
	/** Degrees north. */
	lat: Lat,
});

/** `[[west, south], [east, north]]` in degrees. */
const Bounds = z
	.tuple([z.tuple([Lon, Lat]), z.tuple([Lon, Lat])])
	.refine(([[w, s], [e, n]]) => w < e && s < n, 'Write bounds as [[west, south], [east, north]].');

const Place = z.object({
	/** Stable id: the mark key and what `focus` names. */
	id: Id,
	/** Label on the map and in the table. */
	name: z.string().min(1).max(40),
	/** Degrees east. */
	lon: Lon,
	/** Degrees north. */
	lat: Lat,
	/** A port, a point on land, or a position claimed by one side. */
	kind: z.enum(['port', 'point', 'claim']),
	/** Who places it there, or why it is on the map. */
	source: Source,
	/** True when the position is rounded, disputed or not checked to the stated precision. */
	approximate: z.boolean(),
	/** Side of the marker the label sits on. */
	labelAt: z.enum(['n', 'e', 's', 'w']).default('e'),
});

const Shape = z.discriminatedUnion('kind', [
	z.object({
		kind: z.literal('circle'),
		/** Centre of the circle. */
		centre: LonLat,
		/** Radius on the ground. */
		radius: z.object({
			/** Distance, greater than zero. */
			value: z.number().positive(),
			/** Nautical miles, kilometres or statute miles. */
			unit: z.enum(['nm', 'km', 'mi']),
		}),
	}),
	z.object({
		kind: z.literal('polygon'),
		/** Corners in order; the ring closes itself. */
		points: z.array(LonLat).min(3),
	}),
]);

const Zone = z.object({
	/** Stable id: the mark key and what `focus` names. */
	id: Id,
	/** Short label on the map (one line). */
	label: z.string().min(1).max(32),
	/** Optional second line under the label. */
	detail: z.string().max(44).optional(),
	/** Where the label is centred. */
	labelAt: LonLat,
	/** The zone's outline. */
	shape: Shape,
	/** Shade the inside of the outline, or everything outside it (a keep-out line). */
	shade: z.enum(['inside', 'outside']).default('inside'),
	/** Who describes the zone. */
	source: Source,
});

const DayEvent = z.object({
	/** The day, `YYYY-MM-DD`, in 1968. */
	date: Day1968,
	/** What happened, short enough for one line of the strip (≤ 60 characters). */
	label: z.string().min(1).max(60),
	/** Who reports it. */
	source: Source,
});

const WaterLabel = z.object({
	/** Stable id: the mark key. */
	id: Id,
	/** The name, e.g. "Sea of Japan (East Sea)". */
	text: z.string().min(1).max(32),
	/** Degrees east of the label's centre. */
	lon: Lon,
	/** Degrees north of the label's centre. */
	lat: Lat,
});

/** The `data` of a sea-map chart file. */
export const SeaMapData = z
	.object({
		/** The 'sea' framing, `[[west, south], [east, north]]`; everything listed must lie inside. */
		bounds: Bounds,
		/** The 'wonsan' framing: a close-up inside `bounds`. */
		wonsanBounds: Bounds,
		/** The span the strip counts days from and shades: first and last day of the crisis. */
		crisis: z.object({
			/** First day (`YYYY-MM-DD`). */
			start: Day1968,
			/** Last day (`YYYY-MM-DD`). */
			end: Day1968,
		}),
		/** Places marked with a dot and a label. */
		places: z.array(Place).min(1),
		/** Shaded areas. */
		zones: z.array(Zone).default([]),
		/** Events on the strip, in date order. */
		days: z.array(DayEvent).min(1),
		/** Names of seas, placed by hand. */
		waterLabels: z.array(WaterLabel).default([]),
	})
	.superRefine((data, ctx) => {
		const [[w, s], [e, n]] = data.bounds;
		const inside = (lon: number, lat: number) => lon >= w && lon <= e && lat >= s && lat <= n;
		const [[ww, ws], [we, wn]] = data.wonsanBounds;
		if (!inside(ww, ws) || !inside(we, wn)) {
			ctx.addIssue({
				code: 'custom',
				path: ['wonsanBounds'],
				message: 'Keep wonsanBounds inside bounds.',
			});
		}
		data.places.forEach((p, i) => {
			if (!inside(p.lon, p.lat)) {
				const message = `Place "${p.id}" (${p.lon}, ${p.lat}) lies outside bounds; widen bounds or drop it.`;
				ctx.addIssue({ code: 'custom', path: ['places', i], message });
			}
		});
		const seen = new Set<string>();
		[...data.places, ...data.zones].forEach(({ id }) => {
			if (seen.has(id))
				ctx.addIssue({ code: 'custom', path: [], message: `The id "${id}" is used twice.` });
			seen.add(id);
		});
		data.days.forEach((d, i) => {
			const before = data.days[i - 1];
			if (before && before.date >= d.date) {
				const message = `Days must be in date order without repeats: ${d.date} follows ${before.date}.`;
				ctx.addIssue({ code: 'custom', path: ['days', i, 'date'], message });
			}
		});
		if (data.crisis.start > data.crisis.end) {
			ctx.addIssue({
				code: 'custom',
				path: ['crisis'],
				message: 'crisis.start must not follow crisis.end.',
			});
		}
	});

/** A validated sea-map chart: bounds, places, zones and the days of the strip. */
export type SeaMapData = z.infer<typeof SeaMapData>;
/** One place on the map. */
export type SeaMapPlace = SeaMapData['places'][number];
/** One shaded zone. */
export type SeaMapZone = SeaMapData['zones'][number];
/** One event on the strip. */
export type SeaMapDay = SeaMapData['days'][number];
