/**
 * The SVG surgery that lived here is gone: PNG and PDF are painted from the Drawing. svgSize,
 * which reads an exported file's size, is a module of its own now; this re-export stays only until
 * src/cli/exportCommand.test.ts imports it from svgSize.ts.
 */
export { svgSize } from './svgSize';
