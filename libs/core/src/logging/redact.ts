/** Hides the password of a URL (redis://, postgres://) in messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (!parsed.password) return url;
    parsed.password = '***';
    return parsed.toString();
  } catch {
    // Not parseable: hide everything between the scheme and the last '@'.
    return url.replace(/\/\/.*@/, '//***@');
  }
}
