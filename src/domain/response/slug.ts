/** A file-name-safe form of a title or name: "Cabinet away day!" → "cabinet-away-day". */
export function slug(text: string, max = 40): string {
  return text
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .slice(0, max)
    .replace(/-$/, '');
}
