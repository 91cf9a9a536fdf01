/** Line icons for the outline, find bar and inspector, drawn in the current text colour. */
const common = {
  width: 16,
  height: 16,
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2,
  strokeLinecap: 'round' as const,
  strokeLinejoin: 'round' as const,
};

export const ChevronUpIcon = () => (
  <svg {...common}>
    <path d="M6 15l6-6 6 6" />
  </svg>
);

export const ChevronDownIcon = () => (
  <svg {...common}>
    <path d="M6 9l6 6 6-6" />
  </svg>
);

export const CloseIcon = () => (
  <svg {...common}>
    <path d="M6 6l12 12M18 6L6 18" />
  </svg>
);

export const SearchIcon = () => (
  <svg {...common}>
    <circle cx="11" cy="11" r="6" />
    <path d="M20 20l-4.5-4.5" />
  </svg>
);

export const ExpandAllIcon = () => (
  <svg {...common}>
    <path d="M7 8l5-4 5 4M7 16l5 4 5-4" />
  </svg>
);

export const CollapseAllIcon = () => (
  <svg {...common}>
    <path d="M7 4l5 4 5-4M7 20l5-4 5 4" />
  </svg>
);
