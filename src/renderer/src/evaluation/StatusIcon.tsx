import type { NodeStatus } from '../../../shared/evaluation/statuses';

/**
 * A status's shape, so it reads without colour (greyscale, colour-blind readers): a tick for
 * stands, a cross for falls, a broken ring for open. Drawn in the current text colour.
 */
export function StatusIcon({ status, size = 12 }: { status: NodeStatus; size?: number }) {
  return (
    <svg
      className="status-icon"
      width={size}
      height={size}
      viewBox="0 0 12 12"
      aria-hidden
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {status === 'stands' && <polyline points="2,6.5 5,9.5 10,2.5" />}
      {status === 'falls' && <path d="M3 3 L9 9 M9 3 L3 9" />}
      {status === 'open' && <circle cx="6" cy="6" r="4" strokeDasharray="3 2.3" strokeWidth={1.8} />}
    </svg>
  );
}
