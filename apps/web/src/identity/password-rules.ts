/**
 * The API's password rule (12 to 128 characters, counted as JavaScript counts them), checked
 * before sending so the person hears at once; the API checks again and has the last word.
 */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

export type PasswordProblem = 'tooShort' | 'tooLong' | null;

export function passwordProblem(password: string): PasswordProblem {
  if (password.length < PASSWORD_MIN) return 'tooShort';
  if (password.length > PASSWORD_MAX) return 'tooLong';
  return null;
}

/** The confirmation matches when both are the same, character for character. */
export const confirmationMatches = (password: string, confirmation: string) => password === confirmation;
