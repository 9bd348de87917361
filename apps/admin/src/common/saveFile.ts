/** Saves a blob (or a data URL) under `filename` the way a link to a file would. */
export function saveFile(file: Blob | string, filename: string) {
  const url = typeof file === 'string' ? file : URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns.
  if (typeof file !== 'string') setTimeout(() => URL.revokeObjectURL(url), 1000);
}
