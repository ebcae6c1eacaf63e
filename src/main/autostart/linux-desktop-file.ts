/**
 * Start at login on Linux: an XDG autostart entry, `$XDG_CONFIG_HOME/autostart/objector.desktop`
 * (default `~/.config`), written when the setting is on and removed when it is off.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the autostart entry lives. */
export function autostartFilePath(env: NodeJS.ProcessEnv, home: string): string {
  const configHome = env.XDG_CONFIG_HOME !== undefined && env.XDG_CONFIG_HOME !== '' ? env.XDG_CONFIG_HOME : join(home, '.config');
  return join(configHome, 'autostart', 'objector.desktop');
}

/** Quotes one Exec argument per the Desktop Entry spec (reserved characters inside double quotes, `%` doubled). */
export function quoteExecArg(arg: string): string {
  const escaped = arg.replaceAll('%', '%%');
  if (!/[\s"'\\$`<>~|&;*?#()]/.test(escaped) && escaped !== '') return escaped;
  return `"${escaped.replace(/(["`$\\])/g, '\\$1')}"`;
}

/** What to run at login: the AppImage when there is one, else the executable (plus the app folder in development). */
export function autostartCommand(input: {
  readonly env: NodeJS.ProcessEnv;
  readonly execPath: string;
  readonly appPath: string;
  readonly isPackaged: boolean;
}): readonly string[] {
  const appImage = input.env.APPIMAGE;
  if (appImage !== undefined && appImage !== '') return [appImage, '--hidden'];
  return input.isPackaged ? [input.execPath, '--hidden'] : [input.execPath, input.appPath, '--hidden'];
}

/** The .desktop file's text. */
export function desktopEntry(command: readonly string[]): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.0',
    'Name=Objector',
    'Comment=Files your objections to AI training before the deadline',
    `Exec=${command.map(quoteExecArg).join(' ')}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/** Writes (enabled) or removes (disabled) the autostart entry at `path`. */
export function writeAutostartFile(path: string, enabled: boolean, command: readonly string[]): void {
  if (!enabled) {
    if (existsSync(path)) rmSync(path, { force: true });
    return;
  }
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, desktopEntry(command), { encoding: 'utf8', mode: 0o644 });
}
