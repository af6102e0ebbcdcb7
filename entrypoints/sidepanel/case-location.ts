/**
 * Which case the page shows: `sidepanel.html?case=<id>` (what open-case.ts sets as the panel's
 * path), or `#case=<id>`. Changing it pushes a history entry, so Back returns to the previous case.
 */
export function caseIdFromUrl(url: string): string | undefined {
  const parsed = new URL(url);
  const fromQuery = parsed.searchParams.get('case');
  const fromHash = new URLSearchParams(parsed.hash.replace(/^#/, '')).get('case');
  const id = (fromQuery ?? fromHash ?? '').trim();
  return id === '' ? undefined : id;
}

export function urlForCase(url: string, caseId: string | undefined): string {
  const parsed = new URL(url);
  parsed.hash = '';
  if (caseId) parsed.searchParams.set('case', caseId);
  else parsed.searchParams.delete('case');
  return parsed.toString();
}
