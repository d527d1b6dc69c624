/** The document information a PDF reader shows: title, author, subject. */
export interface PdfInfo {
	readonly title: string;
	readonly author: string;
	readonly subject: string;
}

/** A PDF text string any reader decodes: UTF-16BE with its byte-order mark, in hex. */
function pdfString(text: string): string {
	let hex = 'FEFF';
	for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0');
	return `<${hex.toUpperCase()}>`;
}

/**
 * Sets the information dictionary of a PDF as Chromium writes it (a classic cross-reference
 * table; Chromium fills only the title, from the document's), by an incremental update: the
 * dictionary's object again, then a cross-reference section for it and a trailer pointing back
 * to the first. The original bytes are kept as they are, so nothing else can break.
 */
export function setInfo(pdf: Buffer, info: PdfInfo): Buffer {
	const text = pdf.toString('latin1');
	const trailer = text.slice(text.lastIndexOf('trailer'));
	const infoRef = /\/Info (\d+) 0 R/.exec(trailer);
	const root = /\/Root (\d+ \d+ R)/.exec(trailer);
	const size = /\/Size (\d+)/.exec(trailer);
	const previous = /startxref\s+(\d+)/.exec(trailer);
	if (!infoRef || !root || !size || !previous) {
		throw new Error('setInfo: no classic trailer with /Info, /Root, /Size and startxref found');
	}
	const id = infoRef[1];
	const old = new RegExp(`\\n${id} 0 obj\\s*<<([\\s\\S]*?)>>\\s*endobj`).exec(text)?.[1] ?? '';
	const kept = ['Creator', 'Producer', 'CreationDate', 'ModDate']
		.map((key) => new RegExp(`/${key} \\((?:\\\\.|[^\\\\)])*\\)`).exec(old)?.[0])
		.filter(Boolean);
	const object =
		`${id} 0 obj\n<</Title ${pdfString(info.title)}\n/Author ${pdfString(info.author)}\n` +
		`/Subject ${pdfString(info.subject)}\n${kept.join('\n')}>>\nendobj\n`;
	const objectAt = pdf.length + 1;
	const xrefAt = objectAt + Buffer.byteLength(object, 'latin1');
	const update =
		`\n${object}xref\n0 1\n0000000000 65535 f \n${id} 1\n${String(objectAt).padStart(10, '0')} 00000 n \n` +
		`trailer\n<</Size ${size[1]}\n/Root ${root[1]}\n/Info ${id} 0 R\n/Prev ${previous[1]}>>\n` +
		`startxref\n${xrefAt}\n%%EOF\n`;
	return Buffer.concat([pdf, Buffer.from(update, 'latin1')]);
}
