import { memo, type ReactNode } from 'react';
import type { Drawing, Shape } from '../../../shared/render/shapes';
import { arrowheadData, pathData } from '../../../shared/render/svgDocument';
import { FONT_FAMILY } from '../../../shared/render/textMetrics';

/** The shapes as SVG elements; a card's group carries its node's id, and `revealed` cards fade in. */
function shapes(list: readonly Shape[], revealed: ReadonlySet<string>, prefix: string): ReactNode[] {
  return list.map((shape, i) => {
    const key = `${prefix}${i}`;
    switch (shape.type) {
      case 'group':
        return (
          <g
            key={key}
            className={
              shape.id !== undefined && revealed.has(shape.id) ? `${shape.className} is-revealed` : shape.className
            }
            data-node-id={shape.id}
          >
            {shapes(shape.children, revealed, `${key}.`)}
          </g>
        );
      case 'rect':
        return (
          <rect
            key={key}
            x={shape.x}
            y={shape.y}
            width={shape.width}
            height={shape.height}
            rx={shape.rx}
            fill={shape.fill}
            stroke={shape.stroke}
            strokeWidth={shape.strokeWidth}
            strokeDasharray={shape.dash?.join(' ')}
          />
        );
      case 'path':
        return (
          <g key={key}>
            <path
              d={pathData(shape)}
              fill={shape.fill ?? 'none'}
              stroke={shape.stroke}
              strokeWidth={shape.strokeWidth}
              strokeDasharray={shape.dash?.join(' ')}
            />
            {shape.arrowhead && (
              <path
                d={arrowheadData(shape.arrowhead)}
                fill={shape.arrowhead.closed ? shape.arrowhead.color : 'none'}
                stroke={shape.arrowhead.color}
                strokeWidth={shape.arrowhead.strokeWidth}
                strokeLinecap="round"
                strokeLinejoin="round"
              />
            )}
          </g>
        );
      case 'text':
        return (
          <text
            key={key}
            fontSize={shape.size}
            fontWeight={shape.weight}
            fill={shape.fill}
            letterSpacing={shape.letterSpacing}
            textAnchor={shape.anchor === 'middle' ? 'middle' : undefined}
          >
            {shape.lines.map((line, j) => (
              <tspan key={j} x={line.x} y={line.y}>
                {line.text}
              </tspan>
            ))}
          </text>
        );
    }
  });
}

interface DrawingSvgProps {
  drawing: Drawing;
  /** Nodes whose cards fade in (new in this step). */
  revealed?: ReadonlySet<string>;
  className?: string;
  label?: string;
}

const NONE: ReadonlySet<string> = new Set();

/** A Drawing painted as inline SVG by React: the screen's painter, as the exports have theirs. */
export const DrawingSvg = memo(function DrawingSvg({ drawing, revealed = NONE, className, label }: DrawingSvgProps) {
  const { x, y, width, height } = drawing.viewBox;
  return (
    <svg
      className={className}
      viewBox={`${x} ${y} ${width} ${height}`}
      fontFamily={FONT_FAMILY}
      role="img"
      aria-label={label ?? drawing.title}
    >
      {drawing.background && <rect x={x} y={y} width={width} height={height} fill={drawing.background} />}
      {shapes(drawing.shapes, revealed, '')}
    </svg>
  );
});
