/**
 * The weights the CSS sets text in (400 body, 600–700 headings and labels). The @font-face
 * rules declare this range and the build cuts the variable fonts to it, so a weight outside it
 * is drawn at the nearest end.
 */
export const FONT_WEIGHTS = { min: 400, max: 700 } as const;
