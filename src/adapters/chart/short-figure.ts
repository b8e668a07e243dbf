import { expressionFunction } from 'vega';
import { formatShort } from '../../core/render/format.ts';

/** The answers' own short form for axis labels: "185.9K" for 185,897, "8K", "0" — one style along an axis. */
export const shortFigure = (n: number): string => formatShort(n);

// Vega's own formats would print "0k" and "200k"; its expressions may call a function registered here.
expressionFunction('shortFigure', shortFigure);

/** A `labelExpr` (axis) or `text` expression that prints a value in the short form. */
export const SHORT_FIGURE_EXPR = 'shortFigure(datum.value)';
