/** The essay this site annotates: its folder under content/articles/ and its address. */
export const ESSAY_SLUG = 'putin-and-the-hermit-kingdom';
export const ESSAY = `/${ESSAY_SLUG}/`;
