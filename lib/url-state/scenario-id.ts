/** Saved scenarios' ids: 10 base62 characters from a CSPRNG (~59.5 bits), short to share, not guessable. */
const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
export const SAVED_SCENARIO_ID_LENGTH = 10;
const ID_PATTERN = new RegExp(`^[0-9A-Za-z]{${SAVED_SCENARIO_ID_LENGTH}}$`);

export function isSavedScenarioId(value: string): boolean {
  return ID_PATTERN.test(value);
}

export function newSavedScenarioId(): string {
  let id = "";
  while (id.length < SAVED_SCENARIO_ID_LENGTH) {
    for (const byte of crypto.getRandomValues(new Uint8Array(16))) {
      // 248 = 4 × 62: rejecting the rest keeps every character equally likely.
      if (byte < 248 && id.length < SAVED_SCENARIO_ID_LENGTH) id += ALPHABET[byte % 62];
    }
  }
  return id;
}
