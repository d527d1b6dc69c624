import { relative } from 'node:path';
import type { AstroIntegration } from 'astro';

type Handler = (this: unknown, ...args: unknown[]) => unknown;

// Vite resolves its config once per environment, with the same plugin objects: wrap once.
const wrapped = new WeakSet<object>();

/** What to do about a broken MDX file; MDX's own message says what is wrong and where. */
const FIX =
	'Fix: in MDX, `<` opens a tag and `{` opens an expression. Close the tag or expression the message names, ' +
	'or write `&lt;` and `\\{` for the characters themselves. Components are written <Cite id="…" />, ' +
	'<Note kind="context" id="…">…</Note>, <Scrolly chart="…"> and <Step id="…" state={{ … }} description="…">.';

/**
 * A section whose MDX does not parse fails the build with the file, the line and MDX's reason,
 * but no fix. This wraps @astrojs/mdx's transform (found by its plugin name) to put
 * `file:line:column` first and add the fix. If the plugin is renamed, errors stay as they were.
 */
export function mdxErrorFix(): AstroIntegration {
	return {
		name: 'reader:mdx-error-fix',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'reader:mdx-error-fix',
								configResolved(config) {
									const mdx = config.plugins.find((plugin) => plugin.name === '@mdx-js/rolldown');
									const transform = mdx?.transform;
									if (!transform || typeof transform !== 'object' || wrapped.has(transform)) return;
									wrapped.add(transform);
									const handler = transform.handler as Handler;
									transform.handler = async function (this: unknown, ...args: unknown[]) {
										try {
											return await handler.apply(this, args);
										} catch (error) {
											throw withFix(error, String(args[1]));
										}
									} as typeof transform.handler;
								},
							},
						],
					},
				});
			},
		},
	};
}

function withFix(error: unknown, id: string): unknown {
	if (!(error instanceof Error)) return error;
	const loc = (error as { loc?: { line?: number; column?: number } }).loc;
	const where = `${relative(process.cwd(), id)}${loc?.line ? `:${loc.line}:${loc.column ?? 0}` : ''}`;
	const reason = error.message.replace(/^\d+:\d+: /, '');
	error.message = `${where}: ${reason}\n${FIX}`;
	return error;
}
