import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, type SymbolType } from 'd3-shape';

/** Shapes in the order lanes take them; with the colours they keep series apart in grey print and for colour-blind readers. */
const shapes: SymbolType[] = [symbolCircle, symbolSquare, symbolDiamond, symbolTriangle, symbolStar, symbolWye, symbolCross];

/**
 * The marker of a timeline lane (or any series): its SVG path, centred on 0,0, with the given area in square units.
 *
 * @example laneSymbol(0, 64) // a circle of area 64: "M4.514,0A4.514,4.514,0,1,1,-4.514,0A4.514,4.514,0,1,1,4.514,0"
 */
export function laneSymbol(index: number, area = 64): string {
  return symbol(shapes[index % shapes.length]!, area)() ?? '';
}
