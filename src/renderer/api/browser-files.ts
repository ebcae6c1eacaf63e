/** Files in the browser: download a text as a file, and let the person pick a file to read. */

/** Offers `text` as a download named `name`. */
export function downloadText(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Opens the browser's file picker; resolves to the chosen file's text, or null when cancelled. */
export function pickTextFile(accept: string): Promise<string | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.hidden = true;
    document.body.append(input);
    const finish = (value: string | null): void => {
      input.remove();
      resolve(value);
    };
    input.addEventListener('cancel', () => finish(null));
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (file === undefined) finish(null);
      else file.text().then(finish, () => finish(null));
    });
    input.click();
  });
}

/** One file the person picked, by name and text. */
export interface PickedFile {
  readonly name: string;
  readonly text: string;
}

/** Opens the file picker for several files; resolves to their names and texts, or null when cancelled. */
export function pickTextFiles(accept: string): Promise<readonly PickedFile[] | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.multiple = true;
    input.hidden = true;
    document.body.append(input);
    const finish = (value: readonly PickedFile[] | null): void => {
      input.remove();
      resolve(value);
    };
    input.addEventListener('cancel', () => finish(null));
    input.addEventListener('change', () => {
      const files = [...(input.files ?? [])];
      if (files.length === 0) finish(null);
      else Promise.all(files.map(async (file) => ({ name: file.name, text: await file.text() }))).then(finish, () => finish(null));
    });
    input.click();
  });
}
