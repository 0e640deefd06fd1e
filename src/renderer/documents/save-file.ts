/** A file main has made, as the documents channel returns it. */
export interface FileToSave {
  fileName: string;
  mimeType: string;
  base64: string;
}

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Hands a file to the user as a download, in browser mode and in Electron alike. In Electron,
 * main turns the download into a Norwegian save dialog (handleDownload in electron/main.ts),
 * so the renderer never needs file-system access.
 */
export function saveFile(file: FileToSave): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(file.base64)], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the object URL only needs to outlive the click.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
