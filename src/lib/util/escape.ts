const ENTITIES: Readonly<Record<string, string>> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;',
};

/** Escapes text for an XML text node or a double- or single-quoted attribute value. */
export function escapeXml(s: string): string {
	return s.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}
