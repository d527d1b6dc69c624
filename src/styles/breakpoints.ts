/**
 * The layout's breakpoints, defined once for CSS and scripts. Scripts match them with
 * `matchMedia(MEDIA.wide)`. CSS names them as custom media, `@media (--rd-wide)` (Media Queries
 * level 5), which the build replaces with these queries (src/lib/util/custom-media.ts, wired in
 * astro.config.mjs) until browsers support it. Chosen over scripts reading a CSS custom property:
 * a property cannot appear in a media query, so CSS would still repeat the values, and reading it
 * costs a style calculation at start-up.
 */
export const MEDIA = {
	/** Contents and sidenotes in the margins; a scrolly's chart beside its steps. */
	wide: '(min-width: 68rem)',
	/** Room for a note to open as a popover rather than inline. */
	medium: '(min-width: 40rem)',
	/** Tall enough to pin a scrolly's chart while its steps scroll past. */
	tall: '(min-height: 34rem)',
} as const;

/** The same queries by their CSS names: `--rd-wide`, `--rd-medium`, `--rd-tall`. */
export const CUSTOM_MEDIA: Readonly<Record<string, string>> = Object.fromEntries(
	Object.entries(MEDIA).map(([name, query]) => [`--rd-${name}`, query]),
);
