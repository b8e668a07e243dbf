import { expressionFunction } from 'vega';
import { formatFigure } from '../../core/render/format.ts';

/**
 * The answers' own short form for axis labels: "185.9K" for 185,897, as an answer writes it after the exact
 * figure; below 10,000 answers write the figure itself ("2,500"), and so does the axis.
 */
export function shortFigure(n: number): string {
  const figure = formatFigure(n);
  return /\(([^()]+)\)$/.exec(figure)?.[1] ?? figure;
}

// Vega's own formats would print "0k" and "200k"; its expressions may call a function registered here.
expressionFunction('shortFigure', shortFigure);

/** A `labelExpr` (axis) or `text` expression that prints a value in the short form. */
export const SHORT_FIGURE_EXPR = 'shortFigure(datum.value)';
