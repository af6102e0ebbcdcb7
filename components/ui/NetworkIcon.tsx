/**
 * Small marks for the networks a case comes from: a coloured disc with the network's initials
 * drawn as plain strokes (original drawings, not the networks' logos).
 */
import type { JSX } from 'preact';
import { defineMessages } from '../../utils/i18n';

export type NetworkId = 'vk' | 'ok' | 'telegram' | 'other';

export const { t: tNetwork } = defineMessages({
  ru: { vk: 'ВКонтакте', ok: 'Одноклассники', telegram: 'Telegram', other: 'Другой источник' },
  en: { vk: 'VK', ok: 'OK (Odnoklassniki)', telegram: 'Telegram', other: 'Other source' },
});

const DISC: Record<NetworkId, string> = {
  vk: '#2e6fd3',
  ok: '#e97a0c',
  telegram: '#2596cf',
  other: '#6b7280',
};

const MARK: Record<NetworkId, JSX.Element> = {
  // "VK" as strokes.
  vk: <path d="M3.6 5.6l1.9 4.8 1.9-4.8M9.3 5.6v4.8M12.6 5.6L9.5 8l3.1 2.4" />,
  // "OK" as strokes.
  ok: (
    <>
      <circle cx="5.6" cy="8" r="2.4" />
      <path d="M9.6 5.6v4.8M12.8 5.6L9.8 8l3 2.4" />
    </>
  ),
  // A paper plane.
  telegram: <path d="M3.6 7.9l8.8-3.6-1.6 7.6-3-2.4zM7.8 9.5l4.6-5.2" />,
  // A globe.
  other: (
    <>
      <circle cx="8" cy="8" r="4.3" />
      <path d="M3.7 8h8.6M8 3.7c1.3 1.2 1.9 2.6 1.9 4.3S9.3 11.1 8 12.3C6.7 11.1 6.1 9.7 6.1 8S6.7 4.9 8 3.7z" />
    </>
  ),
};

export interface NetworkIconProps {
  network: NetworkId;
  /** Pixel size (default 16). */
  size?: number;
  /** Decorative when the network's name is written next to it: hides the icon from screen readers. */
  decorative?: boolean;
  class?: string;
}

export function NetworkIcon({ network, size = 16, decorative = false, class: className }: NetworkIconProps) {
  const name = tNetwork(network);
  return (
    <svg
      class={className ? `ui-network-icon ${className}` : 'ui-network-icon'}
      width={size}
      height={size}
      viewBox="0 0 16 16"
      role={decorative ? undefined : 'img'}
      aria-label={decorative ? undefined : name}
      aria-hidden={decorative ? 'true' : undefined}
      focusable="false"
      data-network={network}
    >
      {!decorative && <title>{name}</title>}
      <circle cx="8" cy="8" r="8" fill={DISC[network]} />
      <g fill="none" stroke="#fff" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round">
        {MARK[network]}
      </g>
    </svg>
  );
}
