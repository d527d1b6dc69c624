import { createHash } from 'node:crypto';

/**
 * The CSP source that allows one inline `<script>` or `<style>` whose text is exactly `text`.
 * Astro hashes the scripts and styles it bundles; a component that writes its own inline
 * element passes this to `Astro.csp.insertScriptHash` or `insertStyleHash`.
 */
export function cspHash(text: string): `sha256-${string}` {
	return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}
