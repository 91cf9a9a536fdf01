/**
 * An SVG that uses what the PDF export's direct drawing (pdfDirect.ts) takes over from
 * svg-to-pdfkit: rounded and elliptical corners, dashes with offsets, fill rules and opacities,
 * markers on curves and polylines, lines, anchored and letter-spaced text in four weights, runs
 * inside a transformed and a translucent group (test helper: both ways must draw the same).
 */
export const PARITY_SIZE = { width: 400, height: 300 } as const;

export const paritySvg =
  (): string => `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300" viewBox="0 0 400 300" font-family="Inter">
<defs>
<marker id="m" viewBox="0 0 10 10" markerWidth="6" markerHeight="6" refX="5" refY="5" orient="auto"><path d="M0 0 L10 5 L0 10 z" fill="#b91c1c"/></marker>
<marker id="open" viewBox="-10 -10 20 20" markerWidth="18" markerHeight="18" markerUnits="strokeWidth" orient="auto" refX="0" refY="0"><polyline points="-5,-4 0,0 -5,4" fill="none" stroke="#a16207" stroke-width="1" stroke-linecap="round" stroke-linejoin="round"/></marker>
</defs>
<rect width="400" height="300" fill="#ffffff"/>
<g fill="#dbeafe" stroke="#1d4ed8" stroke-width="2">
<rect x="10" y="10" width="120" height="60" rx="12"/>
<rect x="140" y="10" width="120" height="40" rx="30" ry="10" stroke-dasharray="6 3" stroke-dashoffset="-2"/>
<polygon points="280,10 390,10 300,70 335,0 370,70" fill-rule="evenodd" fill-opacity="0.5" stroke-linejoin="round"/>
</g>
<path d="M20 100 C 80 90, 120 160, 180 130" fill="none" stroke="#b91c1c" stroke-width="3" marker-start="url(#m)" marker-end="url(#m)"/>
<polyline points="200,100 260,140 320,100 380,140" fill="none" stroke="#a16207" stroke-width="2.5" stroke-dasharray="2 4" stroke-linecap="round" marker-end="url(#open)"/>
<line x1="20" y1="180" x2="380" y2="180" stroke="#000000" stroke-opacity="0.4" stroke-width="4"/>
<g transform="translate(0 10)">
<text x="20" y="200" font-size="16" font-weight="700" fill="#111827" letter-spacing="1.5">KERNING AV Ta Wo</text>
<text font-size="14" text-anchor="middle" fill="#047857"><tspan x="200" y="225">Centred · Қазақ &amp; more</tspan><tspan x="200" y="243">second  line</tspan></text>
<text x="380" y="265" font-size="12" font-weight="500" text-anchor="end" fill="#7c3aed" letter-spacing="0.5">Right-aligned end</text>
<text x="20" y="280" font-size="13" font-weight="600" fill="#1f2937">Semibold, fi ffl ligatures?</text>
</g>
<g opacity="0.6"><rect x="300" y="190" width="60" height="50" fill="#f59e0b"/><text x="330" y="220" font-size="13" text-anchor="middle" fill="#ffffff">Op</text></g>
</svg>`;
