import type { ReactNode } from 'react';

/** Small line icons for the bars and panels, drawn in the current text colour. */
function LineIcon({ size, children }: { size: number; children: ReactNode }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {children}
    </svg>
  );
}

interface IconProps {
  /** Pixels; the top bar uses 18, panels 16. */
  size?: number;
}

export const FitIcon = ({ size = 18 }: IconProps) => (
  <LineIcon size={size}>
    <path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5" />
    <rect x="9" y="9" width="6" height="6" rx="1" />
  </LineIcon>
);

export const LegendIcon = ({ size = 18 }: IconProps) => (
  <LineIcon size={size}>
    <rect x="3" y="5" width="4" height="4" rx="1" />
    <rect x="3" y="15" width="4" height="4" rx="1" />
    <path d="M11 7h10M11 17h10" />
  </LineIcon>
);

export const MinimapIcon = ({ size = 18 }: IconProps) => (
  <LineIcon size={size}>
    <rect x="3" y="4" width="18" height="16" rx="2" />
    <rect x="12" y="11" width="6" height="6" rx="1" />
  </LineIcon>
);

export const UndoIcon = ({ size = 18 }: IconProps) => (
  <LineIcon size={size}>
    <path d="M9 14L4 9l5-5" />
    <path d="M4 9h11a5 5 0 0 1 0 10h-4" />
  </LineIcon>
);

export const RedoIcon = ({ size = 18 }: IconProps) => (
  <LineIcon size={size}>
    <path d="M15 14l5-5-5-5" />
    <path d="M20 9H9a5 5 0 0 0 0 10h4" />
  </LineIcon>
);

/** A plus, as "add" reads everywhere (the old card-with-a-plus read as a camera). */
export const AddNodeIcon = ({ size = 18 }: IconProps) => (
  <LineIcon size={size}>
    <path d="M12 4.5v15M4.5 12h15" />
  </LineIcon>
);

export const LayoutIcon = ({ size = 18 }: IconProps) => (
  <LineIcon size={size}>
    <rect x="9" y="3" width="6" height="5" rx="1" />
    <rect x="3" y="16" width="6" height="5" rx="1" />
    <rect x="15" y="16" width="6" height="5" rx="1" />
    <path d="M12 8v4M6 16v-4h12v4" />
  </LineIcon>
);

export const OutlineIcon = ({ size = 18 }: IconProps) => (
  <LineIcon size={size}>
    <path d="M4 6h16M8 12h12M8 18h12M4 12h.01M4 18h.01" />
  </LineIcon>
);

export const InspectorIcon = ({ size = 18 }: IconProps) => (
  <LineIcon size={size}>
    <rect x="3" y="4" width="18" height="16" rx="2" />
    <path d="M15 4v16" />
  </LineIcon>
);

export const ChevronUpIcon = ({ size = 16 }: IconProps) => (
  <LineIcon size={size}>
    <path d="M6 15l6-6 6 6" />
  </LineIcon>
);

export const ChevronDownIcon = ({ size = 16 }: IconProps) => (
  <LineIcon size={size}>
    <path d="M6 9l6 6 6-6" />
  </LineIcon>
);

export const CloseIcon = ({ size = 16 }: IconProps) => (
  <LineIcon size={size}>
    <path d="M6 6l12 12M18 6L6 18" />
  </LineIcon>
);

export const SearchIcon = ({ size = 16 }: IconProps) => (
  <LineIcon size={size}>
    <circle cx="11" cy="11" r="6" />
    <path d="M20 20l-4.5-4.5" />
  </LineIcon>
);

export const ExpandAllIcon = ({ size = 16 }: IconProps) => (
  <LineIcon size={size}>
    <path d="M7 8l5-4 5 4M7 16l5 4 5-4" />
  </LineIcon>
);

export const CollapseAllIcon = ({ size = 16 }: IconProps) => (
  <LineIcon size={size}>
    <path d="M7 4l5 4 5-4M7 20l5-4 5 4" />
  </LineIcon>
);

export const ExportIcon = ({ size = 18 }: IconProps) => (
  <LineIcon size={size}>
    <path d="M12 15V3M7 8l5-5 5 5" />
    <path d="M5 13v6a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-6" />
  </LineIcon>
);
