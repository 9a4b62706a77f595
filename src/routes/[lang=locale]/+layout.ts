// Every content page exists ahead of time in each language.
export const prerender = true;
export const trailingSlash = 'never';
