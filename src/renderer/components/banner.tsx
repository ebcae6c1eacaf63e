/** A calm message strip: information, a warning, or an error, with an optional action. */
import type { ComponentChildren } from 'preact';

/** Props of `Banner`. */
export interface BannerProps {
  readonly tone: 'info' | 'warn' | 'error' | 'ok';
  readonly title?: string;
  readonly children: ComponentChildren;
  /** Errors interrupt (role=alert); the rest are announced politely (role=status). */
  readonly live?: boolean;
  readonly testId?: string;
}

/** A banner. */
export function Banner({ tone, title, children, live = true, testId }: BannerProps) {
  const role = !live ? undefined : tone === 'error' ? 'alert' : 'status';
  return (
    <div class={`banner banner-${tone}`} role={role} data-testid={testId}>
      {title === undefined ? null : <p class="banner-title">{title}</p>}
      <div class="banner-body">{children}</div>
    </div>
  );
}
