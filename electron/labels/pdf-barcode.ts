import type { DrawingContext, RenderOptions } from 'bwip-js/node';
import { lazyModule } from '../lazy-module';

const bwip = lazyModule<typeof import('bwip-js/node')>('bwip-js/node');

/**
 * Draws a bwip-js barcode as vector shapes into a pdfkit document (crisp at any printer
 * resolution, and far quicker than embedding PNGs). bwip-js calls the drawing context with
 * stroked orthogonal lines for the bars of linear symbols and filled polygons for 2D modules
 * (see its DrawingContext interface); both are collected, then scaled into the target box.
 */

type Shape = { kind: 'bar'; x0: number; y0: number; x1: number; y1: number; lw: number } | { kind: 'poly'; pts: [number, number][]; close: boolean };

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  /** 2D symbols keep square modules; linear bars stretch to the box height. */
  keepAspect: boolean;
}

export function drawBarcode(doc: PDFKit.PDFDocument, opts: RenderOptions, box: Box): { width: number; height: number } {
  const shapes: Shape[] = [];
  let size = { width: 1, height: 1 };
  const drawing: DrawingContext<void> = {
    scale: () => null,
    measure: () => ({ width: 0, ascent: 0, descent: 0 }),
    init: (width, height) => {
      size = { width, height };
    },
    line: (x0, y0, x1, y1, lw) => {
      shapes.push({ kind: 'bar', x0, y0, x1, y1, lw });
    },
    polygon: (pts) => {
      shapes.push({ kind: 'poly', pts, close: false });
    },
    hexagon: (pts) => {
      shapes.push({ kind: 'poly', pts, close: false });
    },
    ellipse: () => {
      throw new Error('round modules are not used by the label symbologies');
    },
    fill: () => {
      const last = shapes[shapes.length - 1];
      if (last?.kind === 'poly') last.close = true;
    },
    text: () => {},
    end: () => {},
  };
  bwip().render({ ...opts, scale: 1, includetext: false }, drawing);

  const sx = box.width / size.width;
  const sy = box.keepAspect ? Math.min(sx, box.height / size.height) : box.height / size.height;
  const kx = box.keepAspect ? sy : sx;
  const X = (v: number) => box.x + v * kx;
  const Y = (v: number) => box.y + v * sy;
  doc.save().fillColor('#000000');
  for (const s of shapes) {
    if (s.kind === 'bar') {
      // At scale 1 a line of width lw at x covers [x - ceil(lw/2), x - ceil(lw/2) + lw): the
      // pixel convention of bwip-js's built-in and SVG drawings (checked against its SVG).
      const half = Math.ceil(s.lw / 2);
      if (s.x0 === s.x1) doc.rect(X(s.x0 - half), Y(Math.min(s.y0, s.y1)), s.lw * kx, Math.abs(s.y1 - s.y0) * sy);
      else doc.rect(X(Math.min(s.x0, s.x1)), Y(s.y0 - half), Math.abs(s.x1 - s.x0) * kx, s.lw * sy);
    } else {
      const [first, ...rest] = s.pts;
      if (!first) continue;
      doc.moveTo(X(first[0]), Y(first[1]));
      for (const p of rest) doc.lineTo(X(p[0]), Y(p[1]));
      doc.closePath();
    }
  }
  doc.fill('even-odd');
  doc.restore();
  return { width: size.width * kx, height: size.height * sy };
}
