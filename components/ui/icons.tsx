/**
 * A few line icons (16×16, stroke = currentColor, decorative: aria-hidden). Pair each with a
 * visible label or an IconButton `label`.
 */
import type { JSX } from 'preact';

type IconProps = { size?: number } & Omit<JSX.SVGAttributes<SVGSVGElement>, 'size'>;

function Svg({ size = 16, children, ...rest }: IconProps & { children: JSX.Element | JSX.Element[] }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      stroke-width="1.5"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
      {...rest}
    >
      {children}
    </svg>
  );
}

export const CloseIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M4 4l8 8M12 4l-8 8" />
  </Svg>
);

export const SearchIcon = (p: IconProps) => (
  <Svg {...p}>
    <circle cx="7" cy="7" r="4.25" />
    <path d="M10.2 10.2L13.5 13.5" />
  </Svg>
);

/** An arrow leaving a box: "open on the site". */
export const ExternalIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M9 2.5h4.5V7M13.5 2.5L7.5 8.5M11.5 9.5v3a1 1 0 01-1 1h-7a1 1 0 01-1-1v-7a1 1 0 011-1h3" />
  </Svg>
);

/** A window with a right-hand panel: "open in the side panel". */
export const PanelIcon = (p: IconProps) => (
  <Svg {...p}>
    <rect x="2" y="2.75" width="12" height="10.5" rx="1.5" />
    <path d="M9.5 2.75v10.5" />
  </Svg>
);

export const SettingsIcon = (p: IconProps) => (
  <Svg {...p}>
    <circle cx="8" cy="8" r="2" />
    <path d="M8 1.75v1.5M8 12.75v1.5M14.25 8h-1.5M3.25 8h-1.5M12.4 3.6l-1.06 1.06M4.66 11.34L3.6 12.4M12.4 12.4l-1.06-1.06M4.66 4.66L3.6 3.6" />
  </Svg>
);

export const ClockIcon = (p: IconProps) => (
  <Svg {...p}>
    <circle cx="8" cy="8" r="5.75" />
    <path d="M8 4.75V8l2.25 1.5" />
  </Svg>
);

export const InboxIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M2 9.5l1.6-5.2A1 1 0 014.56 3.6h6.88a1 1 0 01.96.7L14 9.5V12a1 1 0 01-1 1H3a1 1 0 01-1-1z" />
    <path d="M2 9.5h3.5l1 1.5h3l1-1.5H14" />
  </Svg>
);

export const FilterIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M2.5 3.5h11L9.25 8.5v4l-2.5 1v-5z" />
  </Svg>
);
