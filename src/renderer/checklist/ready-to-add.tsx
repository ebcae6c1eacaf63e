/** After the first run: the platforms the person said they use, each ready to add in one click. */
import type { Platform } from '@shared/domain/types';
import { nameIn } from '@shared/catalog/platform-lookup';
import { useApp } from '../app/app-context';
import { PlatformIcon } from '../components/platform-icon';

/** Props of `ReadyToAdd`. */
export interface ReadyToAddProps {
  readonly platforms: readonly Platform[];
  readonly onAdd: (platform: Platform) => void;
  readonly onDismiss: () => void;
}

/** The "ready to add" panel. */
export function ReadyToAdd({ platforms, onAdd, onDismiss }: ReadyToAddProps) {
  const { t, catalog } = useApp();
  const c = t.checklist;
  return (
    <section class="ready" aria-labelledby="ready-title" data-testid="ready-to-add">
      <h2 id="ready-title">{c.readyTitle}</h2>
      <p class="hint">{c.readyBody}</p>
      <div class="button-row">
        {platforms.map((platform) => (
          <button key={platform} type="button" class="button button-secondary" onClick={() => onAdd(platform)} data-platform={platform}>
            <PlatformIcon platform={platform} label={null} size={18} />
            {c.readyAdd({ platform: nameIn(catalog, platform) })}
          </button>
        ))}
        <button type="button" class="button button-ghost" onClick={onDismiss}>
          {c.readyDone}
        </button>
      </div>
    </section>
  );
}
