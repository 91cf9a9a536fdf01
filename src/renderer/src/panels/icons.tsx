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
