/**
 * A part of a screen loaded only when first needed (a dialog, a screen): its code stays out of the
 * window's first download. Vite gives each dynamically imported module a chunk of its own.
 */
import { useEffect, useState } from 'preact/hooks';

/** `load`'s result once loaded, null before; pass null while the part is not needed (it then never loads). */
export function useLazy<T>(load: (() => Promise<T>) | null): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    if (load !== null && value === null) void load().then((loaded) => setValue(() => loaded));
  }, [load === null]);
  return value;
}
