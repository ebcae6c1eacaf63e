/**
 * Small inline platform marks (no network, no font), each with an accessible name: simple shapes
 * in the brand's colour, not copies of the trademarks. A platform that a catalog update added
 * before this build knew its mark gets a neutral mark with its initial.
 */
import type { Platform } from '@shared/domain/types';

const paths: Readonly<Partial<Record<Platform, preact.JSX.Element>>> = {
  facebook: (
    <>
      <circle cx="12" cy="12" r="11" fill="#1877F2" />
      <path
        fill="#fff"
        d="M13.2 19.5v-6.1h2.1l.3-2.4h-2.4V9.5c0-.7.2-1.2 1.2-1.2h1.3V6.2c-.2 0-1-.1-1.9-.1-1.9 0-3.1 1.1-3.1 3.2V11H8.6v2.4h2.1v6.1h2.5z"
      />
    </>
  ),
  instagram: (
    <>
      <rect x="1" y="1" width="22" height="22" rx="6.5" fill="#C13584" />
      <rect x="5.5" y="5.5" width="13" height="13" rx="4" fill="none" stroke="#fff" stroke-width="1.8" />
      <circle cx="12" cy="12" r="3.1" fill="none" stroke="#fff" stroke-width="1.8" />
      <circle cx="16.1" cy="7.9" r="1" fill="#fff" />
    </>
  ),
  whatsapp: (
    <>
      <circle cx="12" cy="12" r="11" fill="#1DA851" />
      <path fill="none" stroke="#fff" stroke-width="1.7" d="M7.2 17.6l.7-2.5A5.6 5.6 0 1 1 10 17.1z" />
    </>
  ),
  linkedin: (
    <>
      <rect x="1" y="1" width="22" height="22" rx="4" fill="#0A66C2" />
      <path
        fill="#fff"
        d="M6.3 9.6h2.4v8H6.3zM7.5 5.8a1.4 1.4 0 1 1 0 2.8 1.4 1.4 0 0 1 0-2.8zM10.3 9.6h2.3v1.1c.3-.6 1.1-1.3 2.3-1.3 2.5 0 2.9 1.6 2.9 3.7v4.5h-2.4v-4c0-1 0-2.2-1.3-2.2s-1.5 1-1.5 2.1v4.1h-2.4z"
      />
    </>
  ),
  x: (
    <>
      <rect x="1" y="1" width="22" height="22" rx="5" fill="#111" />
      <path fill="#fff" d="M6.2 6h3.6l2.7 3.7L15.7 6h1.7l-4.1 4.7L18 18h-3.6l-2.9-4-3.5 4H6.3l4.4-5z" />
    </>
  ),
  quora: (
    <>
      <rect x="1" y="1" width="22" height="22" rx="5" fill="#B92B27" />
      <circle cx="11.5" cy="11" r="5" fill="none" stroke="#fff" stroke-width="2.2" />
      <path fill="none" stroke="#fff" stroke-width="2.2" stroke-linecap="round" d="M12.6 13.4l3.6 4.6" />
    </>
  ),
  tumblr: (
    <>
      <rect x="1" y="1" width="22" height="22" rx="5" fill="#001935" />
      <path fill="none" stroke="#fff" stroke-width="2.4" stroke-linecap="round" d="M10.8 5.5v9.2c0 1.8 1 2.8 2.8 2.8h1.9M8.4 9.4h6.4" />
    </>
  ),
  'wordpress-com': (
    <>
      <circle cx="12" cy="12" r="11" fill="#3858E9" />
      <circle cx="12" cy="12" r="7.6" fill="none" stroke="#fff" stroke-width="1.4" />
      <path fill="none" stroke="#fff" stroke-width="1.6" stroke-linejoin="round" d="M7.7 8.6l2.6 7.2 1.7-4.8 1.7 4.8 2.6-7.2" />
    </>
  ),
  substack: (
    <>
      <rect x="1" y="1" width="22" height="22" rx="5" fill="#FF6719" />
      <path fill="#fff" d="M6.5 6h11v1.9h-11zM6.5 9.3h11v1.9h-11zM6.5 12.6h11V19l-5.5-3-5.5 3z" />
    </>
  ),
  medium: (
    <>
      <rect x="1" y="1" width="22" height="22" rx="5" fill="#111" />
      <ellipse cx="8.6" cy="12" rx="3.9" ry="4.2" fill="#fff" />
      <ellipse cx="15.2" cy="12" rx="1.9" ry="4" fill="#fff" />
      <ellipse cx="18.6" cy="12" rx="0.8" ry="3.6" fill="#fff" />
    </>
  ),
  adobe: (
    <>
      <rect x="1" y="1" width="22" height="22" rx="5" fill="#EB1000" />
      <path fill="#fff" d="M10.3 5.5H6v13zM13.7 5.5H18v13zM12 10.2l2.9 8.3h-2.2l-.8-2.3H9.9z" />
    </>
  ),
  'google-gemini': (
    <>
      <rect x="1" y="1" width="22" height="22" rx="5" fill="#1A73E8" />
      <path fill="#fff" d="M12 4.5c.5 3.9 3.6 7 7.5 7.5-3.9.5-7 3.6-7.5 7.5-.5-3.9-3.6-7-7.5-7.5 3.9-.5 7-3.6 7.5-7.5z" />
    </>
  ),
  pinterest: (
    <>
      <circle cx="12" cy="12" r="11" fill="#E60023" />
      <path
        fill="none"
        stroke="#fff"
        stroke-width="2"
        stroke-linecap="round"
        d="M10.4 19.5l1.8-7.6M9.6 13.8c-1.4-.8-1.8-2.3-1.3-3.8.8-2.3 3.9-3.3 6.1-2.1 2 1.1 2.2 3.8 1 5.6-.9 1.4-2.6 1.8-3.5.9"
      />
    </>
  ),
};

/** The platform's mark; `label` is its accessible name (pass null when the name is written beside it). */
export function PlatformIcon({
  platform,
  label,
  size = 28,
}: {
  readonly platform: Platform;
  readonly label: string | null;
  readonly size?: number;
}) {
  return (
    <svg
      class="platform-icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      role={label === null ? undefined : 'img'}
      aria-label={label ?? undefined}
      aria-hidden={label === null ? 'true' : undefined}
      focusable="false"
    >
      {paths[platform] ?? <GenericMark platform={platform} />}
    </svg>
  );
}

/** A grey rounded square with the platform id's first letter. */
function GenericMark({ platform }: { readonly platform: Platform }) {
  return (
    <>
      <rect x="1" y="1" width="22" height="22" rx="5" fill="#5f6368" />
      <text x="12" y="16.5" text-anchor="middle" font-size="13" font-family="sans-serif" font-weight="700" fill="#fff">
        {platform.slice(0, 1).toUpperCase()}
      </text>
    </>
  );
}
