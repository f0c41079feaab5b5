/**
 * Starts the download of a same-origin address through a hidden `<a download>`: the browser saves
 * the answer under `fileName` and the page stays where it is.
 */
export function downloadFrom(href: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}

/** Offers content made in the page as a file to save (a meeting pack). */
export function saveFile(fileName: string, content: string, mediaType: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mediaType }));
  downloadFrom(url, fileName);
  // Revoked later: the browser reads the blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
