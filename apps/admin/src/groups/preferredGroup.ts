/** Where the working group last chosen for an annotation is remembered, in this browser. */
const LAST_GROUP_KEY = 'caseatlas-annotation-group';

/**
 * The working group an annotation for a group starts with: the one last used if the reader
 * still belongs to it, else the first of theirs (their only one, when they have one); none
 * when they belong to no group.
 */
export function preferredGroupId(mine: readonly { id: string }[], lastUsed: string | null): string | null {
  if (lastUsed && mine.some((group) => group.id === lastUsed)) return lastUsed;
  return mine[0]?.id ?? null;
}

// Storage can be unavailable (a private window, a full quota): the choice is then not remembered.
export function lastUsedGroupId(): string | null {
  try {
    return window.localStorage.getItem(LAST_GROUP_KEY);
  } catch {
    return null;
  }
}

export function rememberGroupId(groupId: string | null | undefined): void {
  if (!groupId) return;
  try {
    window.localStorage.setItem(LAST_GROUP_KEY, groupId);
  } catch {
    // Not remembered; the next annotation starts from the first group.
  }
}
