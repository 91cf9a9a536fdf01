/** Small line icons for the top bar, drawn in the current text colour. */
const common = {
  width: 18,
  height: 18,
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2,
  strokeLinecap: 'round' as const,
  strokeLinejoin: 'round' as const,
};

export const FitIcon = () => (
  <svg {...common}>
    <path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5" />
    <rect x="9" y="9" width="6" height="6" rx="1" />
  </svg>
);

export const LegendIcon = () => (
  <svg {...common}>
    <rect x="3" y="5" width="4" height="4" rx="1" />
    <rect x="3" y="15" width="4" height="4" rx="1" />
    <path d="M11 7h10M11 17h10" />
  </svg>
);

export const MinimapIcon = () => (
  <svg {...common}>
    <rect x="3" y="4" width="18" height="16" rx="2" />
    <rect x="12" y="11" width="6" height="6" rx="1" />
  </svg>
);

export const UndoIcon = () => (
  <svg {...common}>
    <path d="M9 14L4 9l5-5" />
    <path d="M4 9h11a5 5 0 0 1 0 10h-4" />
  </svg>
);

export const RedoIcon = () => (
  <svg {...common}>
    <path d="M15 14l5-5-5-5" />
    <path d="M20 9H9a5 5 0 0 0 0 10h4" />
  </svg>
);

export const AddNodeIcon = () => (
  <svg {...common}>
    <rect x="3" y="6" width="14" height="12" rx="2" />
    <path d="M20 9v6M17 12h6" />
  </svg>
);

export const FindIcon = () => (
  <svg {...common}>
    <circle cx="11" cy="11" r="6" />
    <path d="M20 20l-4.5-4.5" />
  </svg>
);

export const LayoutIcon = () => (
  <svg {...common}>
    <rect x="9" y="3" width="6" height="5" rx="1" />
    <rect x="3" y="16" width="6" height="5" rx="1" />
    <rect x="15" y="16" width="6" height="5" rx="1" />
    <path d="M12 8v4M6 16v-4h12v4" />
  </svg>
);

export const OutlineIcon = () => (
  <svg {...common}>
    <path d="M4 6h16M8 12h12M8 18h12M4 12h.01M4 18h.01" />
  </svg>
);

export const InspectorIcon = () => (
  <svg {...common}>
    <rect x="3" y="4" width="18" height="16" rx="2" />
    <path d="M15 4v16" />
  </svg>
);
