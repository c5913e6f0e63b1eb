/** No 0/O or 1/I: codes are read aloud and copied from a board. 32 symbols, so a random byte maps without bias. */
export const JOIN_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
export const JOIN_CODE_LENGTH = 8;

const defaultRandom = (size: number) => crypto.getRandomValues(new Uint8Array(size));

export function generateJoinCode(random: (size: number) => Uint8Array = defaultRandom): string {
  const bytes = random(JOIN_CODE_LENGTH);
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[(bytes[i] ?? 0) % JOIN_CODE_ALPHABET.length];
  return code;
}
