/**
 * The draft stays in the browser: localStorage, under one key, never sent
 * anywhere. Storage can be unavailable (private windows, a full quota,
 * disabled by policy): then the draft simply is not kept, and the page says so.
 */
export const DRAFT_KEY = 'mlsd-lint.playground.draft';

export interface DraftStore {
  load(): string | null;
  /** false when the draft could not be kept. */
  save(text: string): boolean;
  clear(): void;
}

export function draftStore(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null): DraftStore {
  return {
    load() {
      try {
        return storage?.getItem(DRAFT_KEY) ?? null;
      } catch {
        return null;
      }
    },
    save(text) {
      try {
        if (!storage) return false;
        storage.setItem(DRAFT_KEY, text);
        return true;
      } catch {
        return false;
      }
    },
    clear() {
      try {
        storage?.removeItem(DRAFT_KEY);
      } catch {
        // nothing was kept
      }
    },
  };
}

/** window.localStorage, or null where touching it throws. */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
