// The part of citation-js we use, typed here because the packages ship no types.
declare module '@citation-js/core' {
	interface FormatOptions {
		template?: string;
		format?: 'html' | 'text';
		lang?: string;
		entry?: string | string[];
	}
	interface CiteInstance {
		format(kind: 'citation' | 'bibliography' | 'bibtex', options?: FormatOptions): string;
	}
	interface Core {
		Cite: new (data: unknown) => CiteInstance;
		plugins: {
			config: {
				get(name: '@csl'): {
					styles: { add(name: string, xml: string): void; has(name: string): boolean };
				};
			};
		};
	}
	const core: Core;
	export default core;
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
