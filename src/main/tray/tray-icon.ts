/** Loads the tray icon for a state from `assets/tray/`, in the platform's format. */
import { nativeImage, type NativeImage } from 'electron';
import { join } from 'node:path';
import { trayIconFile, type TrayIconState, type TrayPlatform } from '@shared/tray/tray-state';
import { assetsDir } from '../paths';

/** The platform as the tray sees it (anything not macOS or Windows is treated as Linux). */
export function trayPlatform(platform: NodeJS.Platform = process.platform): TrayPlatform {
  return platform === 'darwin' || platform === 'win32' ? platform : 'linux';
}

/**
 * The icon image for `state`. On macOS it is a template image (black + alpha, tinted by the menu
 * bar; Electron picks the @2x file beside it by itself).
 */
export function loadTrayIcon(state: TrayIconState, platform: TrayPlatform, dir: string = assetsDir()): NativeImage {
  const image = nativeImage.createFromPath(join(dir, 'tray', trayIconFile(state, platform)));
  if (platform === 'darwin') image.setTemplateImage(true);
  return image;
}
