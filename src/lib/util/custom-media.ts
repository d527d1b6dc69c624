/** The part of a PostCSS at-rule the plugin reads and writes. */
interface MediaRule {
	params: string;
	error(message: string): Error;
}

const REFERENCE = /\((--[a-z0-9-]+)\)/g;

/**
 * Replaces each custom media reference, `(--name)`, in a media query with its query, e.g.
 * `screen and (--rd-wide)` → `screen and (min-width: 68rem)`. Throws on an unknown name, so a
 * typo fails the build instead of silently never matching. Queries should be single conditions
 * (or joined by `and`), so they can stand anywhere a condition can.
 */
export function resolveCustomMedia(
	params: string,
	media: Readonly<Record<string, string>>,
): string {
	return params.replace(REFERENCE, (_, name: string) => {
		const query = media[name];
		if (query === undefined) {
			throw new Error(
				`unknown custom media "${name}". Fix: use one of ${Object.keys(media).join(', ')} (src/styles/breakpoints.ts).`,
			);
		}
		return query;
	});
}

/** A PostCSS plugin that applies `resolveCustomMedia` to every `@media` rule. */
export function customMediaPlugin(media: Readonly<Record<string, string>>) {
	return {
		postcssPlugin: 'reader-custom-media',
		AtRule: {
			media(rule: MediaRule) {
				try {
					rule.params = resolveCustomMedia(rule.params, media);
				} catch (error) {
					throw rule.error(error instanceof Error ? error.message : String(error));
				}
			},
		},
	};
}
