import type { APIRoute } from 'astro';
import ts from 'typescript';
import source from '../embed/host.ts?raw';

/**
 * `/embed.js`, the script a host page loads beside its placeholders (src/embed/host.ts). It
 * has a fixed address, so it is built here rather than bundled: the one file transpiled, its
 * comments dropped, and run at once in a scope of its own.
 */
export const GET: APIRoute = () => {
	const { outputText } = ts.transpileModule(source, {
		compilerOptions: { target: ts.ScriptTarget.ES2022, removeComments: true },
	});
	const body = outputText.replace(/^export /gm, '').replace(/^\s*\n/gm, '');
	const script = `(() => {\n${body}hostEmbeds(document.currentScript);\n})();\n`;
	return new Response(script, { headers: { 'Content-Type': 'text/javascript' } });
};
