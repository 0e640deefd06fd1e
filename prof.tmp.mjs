// src/main/documents/engine/theme.ts
var COLORS = {
  /** Oslo dark blue: headings, marks, accents. */
  brand: "#2A2859",
  text: "#2C2C2C",
  /** Secondary text; 5.7:1 contrast on white. */
  muted: "#5C5C5C",
  rule: "#CCCCCC",
  hairline: "#E6E6E6",
  tableHeaderFill: "#F2F2F2",
  noteFill: "#E5FCFF",
  noteAccent: "#2A2859",
  markNotRelevantFill: "#E6E6E6",
  white: "#FFFFFF"
};
var PAGE = {
  width: 595.28,
  height: 841.89,
  marginX: 56,
  /** Where the first page's letterhead starts. */
  firstTop: 48,
  /** Where content starts on pages after the first (below the running header). */
  top: 76,
  /** Content never goes below this y. */
  bottom: 841.89 - 72
};
var CONTENT_WIDTH = PAGE.width - 2 * PAGE.marginX;
var TYPE = {
  title: { font: "Medium", size: 22, lineHeight: 28, color: COLORS.brand },
  subtitle: { font: "Regular", size: 12.5, lineHeight: 18, color: COLORS.muted },
  h2: { font: "Medium", size: 14, lineHeight: 19, color: COLORS.brand },
  h3: { font: "Medium", size: 11.5, lineHeight: 16, color: COLORS.brand },
  body: { font: "Regular", size: 10, lineHeight: 15, color: COLORS.text },
  bodyStrong: { font: "Medium", size: 10, lineHeight: 15, color: COLORS.text },
  label: { font: "Medium", size: 9.5, lineHeight: 14, color: COLORS.brand },
  tableHeader: { font: "Medium", size: 9, lineHeight: 13, color: COLORS.brand },
  tableCell: { font: "Regular", size: 9.5, lineHeight: 14, color: COLORS.text },
  metaLabel: { font: "Regular", size: 8.5, lineHeight: 12, color: COLORS.muted },
  metaValue: { font: "Medium", size: 10, lineHeight: 14, color: COLORS.text },
  detail: { font: "Regular", size: 8.5, lineHeight: 12.5, color: COLORS.muted },
  noteTitle: { font: "Medium", size: 10, lineHeight: 15, color: COLORS.brand },
  organisation: { font: "Medium", size: 11, lineHeight: 14, color: COLORS.brand },
  unit: { font: "Regular", size: 9.5, lineHeight: 13, color: COLORS.text },
  running: { font: "Regular", size: 8, lineHeight: 11, color: COLORS.muted },
  footer: { font: "Regular", size: 8, lineHeight: 11, color: COLORS.muted }
};
var SPACE = {
  block: 9,
  sectionBefore: 22,
  headingAfter: 6,
  subheadingBefore: 12,
  cellPadX: 6,
  cellPadY: 5,
  notePad: 10
};

// src/main/documents/engine/marks.ts
var MARK_SIZE = 11;
function drawMark(doc, status, x, y) {
  const s = MARK_SIZE;
  doc.save();
  doc.lineJoin("round").lineCap("round");
  switch (status) {
    case "done":
      doc.roundedRect(x, y, s, s, 2).fill(COLORS.brand);
      doc.moveTo(x + s * 0.24, y + s * 0.53).lineTo(x + s * 0.43, y + s * 0.72).lineTo(x + s * 0.77, y + s * 0.3).lineWidth(1.5).strokeColor(COLORS.white).stroke();
      break;
    case "notRelevant":
      doc.roundedRect(x, y, s, s, 2).fill(COLORS.markNotRelevantFill);
      doc.moveTo(x + s * 0.28, y + s / 2).lineTo(x + s * 0.72, y + s / 2).lineWidth(1.3).strokeColor(COLORS.muted).stroke();
      break;
    case "open":
      doc.roundedRect(x + 0.5, y + 0.5, s - 1, s - 1, 1.5).lineWidth(1).strokeColor(COLORS.brand).stroke();
      break;
  }
  doc.restore();
}

// src/main/documents/engine/blocks/context.ts
function keepFlags(n, togetherUpTo = 0) {
  return Array.from({ length: n }, (_, i) => {
    if (i === n - 1) return false;
    if (n <= togetherUpTo) return true;
    return i === 0 || i === n - 2;
  });
}

// src/main/documents/engine/blocks/checklist.ts
var STATUS_LABELS = {
  done: "Utf\xF8rt",
  notRelevant: "Ikke relevant",
  open: "Ikke utf\xF8rt"
};
var INDENT = 22;
var STATUS_WIDTH = 78;
var PAD_Y = 6;
function checklistFragments(lc, block, parent, spaceBefore) {
  const list = lc.tagger.node("L", parent);
  const textWidth = lc.width - INDENT - STATUS_WIDTH - 8;
  return block.items.flatMap((item, itemIndex) => {
    const li = lc.tagger.node("LI", list);
    const label = lc.tagger.node("Lbl", li);
    const body = lc.tagger.node("LBody", li);
    const statusText = lc.ts.clean(TYPE.detail, item.statusLabel ?? STATUS_LABELS[item.status]);
    const textStyle = item.status === "notRelevant" ? { ...TYPE.body, color: COLORS.muted } : TYPE.body;
    const lines = [
      ...lc.ts.lines(textStyle, item.text, textWidth).map((text) => ({ text, style: textStyle })),
      ...item.detail ? lc.ts.lines(TYPE.detail, item.detail, textWidth).map((text) => ({ text, style: TYPE.detail })) : []
    ];
    const keep = keepFlags(lines.length, 8);
    const isLastItem = itemIndex === block.items.length - 1;
    return lines.map((line, i) => {
      const first = i === 0;
      const last = i === lines.length - 1;
      const top = first ? PAD_Y : 0;
      const height = line.style.lineHeight + top + (last ? PAD_Y : 0);
      return {
        height,
        spaceBefore: first && itemIndex === 0 ? spaceBefore : 0,
        keepWithNext: keep[i] ?? false,
        draw: (ctx, y) => {
          const lineTop = y + top;
          if (first) {
            const markY = ctx.ts.baseline(TYPE.body, lineTop) - TYPE.body.size * 0.37 - MARK_SIZE / 2;
            ctx.tagger.artifact(() => drawMark(ctx.doc, item.status, lc.x, markY));
            ctx.tagger.content(
              label,
              () => ctx.ts.draw(TYPE.detail, statusText, lc.x + lc.width - STATUS_WIDTH, lineTop, "right", STATUS_WIDTH, textStyle.lineHeight)
            );
          }
          ctx.tagger.content(body, () => ctx.ts.draw(line.style, line.text, lc.x + INDENT, lineTop));
          if (last && !isLastItem) {
            const ruleY = y + height - 0.25;
            ctx.tagger.artifact(
              () => ctx.doc.moveTo(lc.x + INDENT, ruleY).lineTo(lc.x + lc.width, ruleY).lineWidth(0.5).strokeColor(COLORS.hairline).stroke()
            );
          }
        }
      };
    });
  });
}

// src/main/documents/engine/logo.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { join as join2 } from "node:path";

// src/main/documents/engine/fonts.ts
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { create } from "fontkit";
var FILES = {
  Regular: "OsloSans-Regular.woff",
  Medium: "OsloSans-Medium.woff",
  Bold: "OsloSans-Bold.woff"
};
var cache;
function punktAssetsDir() {
  const require2 = createRequire(import.meta.url);
  return dirname(require2.resolve("@oslokommune/punkt-assets/package.json"));
}
function loadFonts() {
  if (cache) return cache;
  const dir = join(punktAssetsDir(), "dist", "fonts");
  const load = (name) => {
    const font = create(readFileSync(join(dir, FILES[name])));
    font.layout("Side 1 av 1 \xC6\xD8\xC5 \xE6\xF8\xE5");
    return font;
  };
  cache = { Regular: load("Regular"), Medium: load("Medium"), Bold: load("Bold") };
  return cache;
}
var MAX_SHARED_WORDS = 2e4;
var sharedLayouts = {};
function shareLayoutCache(doc, name) {
  const embedded = doc._font;
  if (!embedded || typeof embedded.layoutCache !== "object") return;
  let shared = sharedLayouts[name];
  if (!shared || Object.keys(shared).length > MAX_SHARED_WORDS) {
    shared = /* @__PURE__ */ Object.create(null);
    sharedLayouts[name] = shared;
  }
  embedded.layoutCache = shared;
}
function registerFonts(doc) {
  const fonts = loadFonts();
  const internals = doc;
  if (internals._fontFamilies && internals._font?.font === fonts.Regular) {
    internals._fontFamilies.Regular = internals._font;
  }
  for (const name of Object.keys(fonts)) {
    doc.registerFont(name, fonts[name]);
    doc.font(name);
    shareLayoutCache(doc, name);
  }
  doc.font("Regular");
}

// src/main/documents/engine/logo.ts
var cache2;
function attr(tag, name) {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}
function loadLogo() {
  if (cache2) return cache2;
  const svg = readFileSync2(join2(punktAssetsDir(), "dist", "logos", "oslologo.svg"), "utf8");
  const viewBox = (attr(svg, "viewBox") ?? "0 0 60 31").split(/\s+/).map(Number);
  const paths = [...svg.matchAll(/<path\b[^>]*>/g)].map((m2) => (attr(m2[0], "d") ?? "").replace(/\s+/g, " ").trim());
  const rects = [...svg.matchAll(/<rect\b[^>]*>/g)].map((m2) => ({
    x: Number(attr(m2[0], "x") ?? 0),
    y: Number(attr(m2[0], "y") ?? 0),
    width: Number(attr(m2[0], "width") ?? 0),
    height: Number(attr(m2[0], "height") ?? 0)
  }));
  cache2 = { width: viewBox[2] ?? 60, height: viewBox[3] ?? 31, paths: paths.filter((d) => d !== ""), rects };
  return cache2;
}
function drawLogo(doc, x, y, height, color) {
  const logo = loadLogo();
  const scale = height / logo.height;
  doc.save();
  doc.translate(x, y).scale(scale);
  for (const d of logo.paths) doc.path(d).fill(color, "even-odd");
  for (const r of logo.rects) doc.rect(r.x, r.y, r.width, r.height).fill(color);
  doc.restore();
  return logo.width * scale;
}

// src/main/documents/engine/blocks/text.ts
function textFragments(lc, parent, type, style, text, options) {
  const node = lc.tagger.node(type, parent);
  const lines = lc.ts.lines(style, text, lc.width);
  const keep = keepFlags(lines.length, options.togetherUpTo ?? 0);
  return lines.map((line, i) => {
    const last = i === lines.length - 1;
    return {
      height: style.lineHeight + (last ? options.spaceAfter ?? 0 : 0),
      spaceBefore: i === 0 ? options.spaceBefore : 0,
      keepWithNext: options.keepWithNext === true || (keep[i] ?? false),
      draw: (ctx, y) => ctx.tagger.content(node, () => ctx.ts.draw(style, line, lc.x, y))
    };
  });
}

// src/main/documents/engine/blocks/front.ts
var LOGO_HEIGHT = 34;
var META_COLUMNS = 3;
var META_GUTTER = 16;
var META_ROW_GAP = 10;
function letterheadFragment(lc, model, parent) {
  const head = model.letterhead;
  if (!head) return [];
  const node = lc.tagger.node("P", parent);
  const organisation = lc.ts.clean(TYPE.organisation, head.organisation);
  const unit = head.unit ? lc.ts.clean(TYPE.unit, head.unit) : "";
  const showLogo = head.logo !== false;
  return [
    {
      height: LOGO_HEIGHT,
      spaceBefore: 0,
      keepWithNext: true,
      draw: (ctx, y) => {
        let textX = lc.x;
        if (showLogo) {
          ctx.tagger.artifact(() => {
            textX += drawLogo(ctx.doc, lc.x, y, LOGO_HEIGHT, COLORS.brand) + 12;
          });
        }
        const textHeight = TYPE.organisation.lineHeight + (unit ? TYPE.unit.lineHeight : 0);
        const top = y + (LOGO_HEIGHT - textHeight) / 2 + (showLogo ? 1.5 : 0);
        ctx.tagger.content(node, () => {
          ctx.ts.draw(TYPE.organisation, organisation, textX, top);
          if (unit) ctx.ts.draw(TYPE.unit, unit, textX, top + TYPE.organisation.lineHeight);
        });
      }
    }
  ];
}
function metaFragments(lc, meta, parent) {
  if (meta.length === 0) return [];
  const div = lc.tagger.node("Div", parent);
  const columnWidth = (lc.width - META_GUTTER * (META_COLUMNS - 1)) / META_COLUMNS;
  const fragments = [];
  for (let start = 0; start < meta.length; start += META_COLUMNS) {
    const cells = meta.slice(start, start + META_COLUMNS).map((m2, i) => ({
      node: lc.tagger.node("P", div),
      x: lc.x + i * (columnWidth + META_GUTTER),
      label: lc.ts.lines(TYPE.metaLabel, m2.label, columnWidth),
      value: lc.ts.lines(TYPE.metaValue, m2.value, columnWidth)
    }));
    const cellHeight = (c) => c.label.length * TYPE.metaLabel.lineHeight + c.value.length * TYPE.metaValue.lineHeight;
    fragments.push({
      height: Math.max(...cells.map(cellHeight)),
      spaceBefore: start === 0 ? 16 : META_ROW_GAP,
      keepWithNext: true,
      draw: (ctx, y) => {
        for (const c of cells) {
          ctx.tagger.content(c.node, () => {
            let top = y;
            for (const line of c.label) {
              ctx.ts.draw(TYPE.metaLabel, line, c.x, top);
              top += TYPE.metaLabel.lineHeight;
            }
            for (const line of c.value) {
              ctx.ts.draw(TYPE.metaValue, line, c.x, top);
              top += TYPE.metaValue.lineHeight;
            }
          });
        }
      }
    });
  }
  return fragments;
}
function ruleFragment(lc) {
  return {
    height: 1,
    spaceBefore: 16,
    draw: (ctx, y) => ctx.tagger.artifact(
      () => ctx.doc.moveTo(lc.x, y + 0.5).lineTo(lc.x + lc.width, y + 0.5).lineWidth(1).strokeColor(COLORS.brand).stroke()
    )
  };
}
function frontFragments(lc, model, parent) {
  const letterhead = letterheadFragment(lc, model, parent);
  return [
    ...letterhead,
    ...textFragments(lc, parent, "H1", TYPE.title, model.title, {
      spaceBefore: letterhead.length > 0 ? 30 : 0,
      keepWithNext: true
    }),
    ...model.subtitle ? textFragments(lc, parent, "P", TYPE.subtitle, model.subtitle, { spaceBefore: 4, keepWithNext: true }) : [],
    ...metaFragments(lc, model.meta, parent),
    ruleFragment(lc)
  ];
}

// src/main/documents/engine/blocks/grid.ts
var SPLIT_ABOVE = 150;
function lineHeightOf(row) {
  return Math.max(...row.cells.map((c) => c.style.lineHeight));
}
function drawSlice(ctx, row, y, from, to, top, height, isLast) {
  const lh = lineHeightOf(row);
  const { fill, rule: rule2 } = row;
  if (fill) {
    ctx.tagger.artifact(() => ctx.doc.rect(row.x, y, row.width, height).fill(fill));
  }
  for (const cell of row.cells) {
    const lines = cell.lines.slice(from, to);
    if (lines.length === 0) continue;
    const drawLines = () => lines.forEach((line, i) => ctx.ts.draw(cell.style, line, cell.x, y + top + i * lh, cell.align, cell.width, lh));
    if (cell.node) ctx.tagger.content(cell.node, drawLines);
    else ctx.tagger.artifact(drawLines, "Pagination");
  }
  if (rule2 && isLast) {
    const ruleY = y + height - rule2.width / 2;
    ctx.tagger.artifact(
      () => ctx.doc.moveTo(row.x, ruleY).lineTo(row.x + row.width, ruleY).lineWidth(rule2.width).strokeColor(rule2.color).stroke()
    );
  }
}
function rowFragments(row) {
  const lh = lineHeightOf(row);
  const lineCount = Math.max(1, ...row.cells.map((c) => c.lines.length));
  const height = row.padY * 2 + lineCount * lh;
  if (height <= SPLIT_ABOVE || lineCount < 4) {
    return [
      {
        height,
        spaceBefore: row.spaceBefore,
        ...row.keepWithNext ? { keepWithNext: true } : {},
        ...row.header ? { header: row.header } : {},
        draw: (ctx, y) => drawSlice(ctx, row, y, 0, lineCount, row.padY, height, true)
      }
    ];
  }
  return Array.from({ length: lineCount }, (_, i) => {
    const first = i === 0;
    const last = i === lineCount - 1;
    const sliceHeight = lh + (first ? row.padY : 0) + (last ? row.padY : 0);
    return {
      height: sliceHeight,
      spaceBefore: first ? row.spaceBefore : 0,
      keepWithNext: last && row.keepWithNext === true || i === 0 || i === lineCount - 2,
      ...row.header ? { header: row.header } : {},
      draw: (ctx, y) => drawSlice(ctx, row, y, i, i + 1, first ? row.padY : 0, sliceHeight, last)
    };
  });
}

// src/main/documents/engine/blocks/key-value.ts
function keyValueFragments(lc, block, parent, spaceBefore) {
  const table = lc.tagger.node("Table", parent);
  const labelWidth = lc.width * Math.min(0.6, Math.max(0.15, block.labelWidth ?? 0.34));
  const gutter = 12;
  const valueX = lc.x + labelWidth;
  const valueWidth = lc.width - labelWidth;
  return block.rows.flatMap((row, i) => {
    const tr = lc.tagger.node("TR", table);
    return rowFragments({
      cells: [
        {
          lines: lc.ts.lines(TYPE.label, row.label, labelWidth - gutter),
          style: TYPE.label,
          x: lc.x,
          width: labelWidth - gutter,
          align: "left",
          node: lc.tagger.node("TH", tr, { scope: "Row" })
        },
        {
          lines: lc.ts.lines(TYPE.body, row.value, valueWidth),
          style: TYPE.body,
          x: valueX,
          width: valueWidth,
          align: "left",
          node: lc.tagger.node("TD", tr)
        }
      ],
      x: lc.x,
      width: lc.width,
      padY: SPACE.cellPadY,
      rule: { color: COLORS.hairline, width: 0.5 },
      spaceBefore: i === 0 ? spaceBefore : 0
    });
  });
}

// src/main/documents/engine/blocks/list.ts
var INDENT2 = 16;
var ITEM_GAP = 3;
function listFragments(lc, block, parent, spaceBefore) {
  const style = TYPE.body;
  const list = lc.tagger.node("L", parent);
  return block.items.flatMap((item, itemIndex) => {
    const li = lc.tagger.node("LI", list);
    const body = lc.tagger.node("LBody", li);
    const lines = lc.ts.lines(style, item, lc.width - INDENT2);
    const keep = keepFlags(lines.length, 3);
    return lines.map((line, i) => ({
      height: style.lineHeight,
      spaceBefore: i > 0 ? 0 : itemIndex === 0 ? spaceBefore : ITEM_GAP,
      keepWithNext: keep[i] ?? false,
      draw: (ctx, y) => {
        if (i === 0) {
          const cy = ctx.ts.baseline(style, y) - style.size * 0.34;
          ctx.tagger.artifact(() => ctx.doc.circle(lc.x + 4.5, cy, 1.9).fill(COLORS.brand));
        }
        ctx.tagger.content(body, () => ctx.ts.draw(style, line, lc.x + INDENT2, y));
      }
    }));
  });
}

// src/main/documents/engine/blocks/note.ts
var BAR = 3;
function noteFragments(lc, block, parent, spaceBefore) {
  const pad = SPACE.notePad;
  const inner = lc.width - BAR - 2 * pad;
  const div = lc.tagger.node("Div", parent);
  const runs = [];
  if (block.title) {
    const node2 = lc.tagger.node("P", div);
    for (const text of lc.ts.lines(TYPE.noteTitle, block.title, inner)) runs.push({ node: node2, style: TYPE.noteTitle, text });
  }
  const node = lc.tagger.node("P", div);
  for (const text of lc.ts.lines(TYPE.body, block.text, inner)) runs.push({ node, style: TYPE.body, text });
  const keep = keepFlags(runs.length, 14);
  return runs.map((run, i) => {
    const first = i === 0;
    const last = i === runs.length - 1;
    const top = first ? pad : 0;
    const height = run.style.lineHeight + top + (last ? pad : 0);
    return {
      height,
      spaceBefore: first ? spaceBefore : 0,
      keepWithNext: keep[i] ?? false,
      draw: (ctx, y) => {
        ctx.tagger.artifact(() => {
          ctx.doc.rect(lc.x, y, lc.width, height).fill(COLORS.noteFill);
          ctx.doc.rect(lc.x, y, BAR, height).fill(COLORS.noteAccent);
        });
        ctx.tagger.content(run.node, () => ctx.ts.draw(run.style, run.text, lc.x + BAR + pad, y + top));
      }
    };
  });
}

// src/main/documents/engine/blocks/table.ts
function columnsOf(lc, block) {
  const total = block.columns.reduce((sum, c) => sum + c.width, 0);
  let x = lc.x;
  return block.columns.map((c) => {
    const width = c.width / total * lc.width;
    const column = { x, width, align: c.align ?? "left" };
    x += width;
    return column;
  });
}
function tableFragments(lc, block, parent, spaceBefore) {
  const columns = columnsOf(lc, block);
  const table = lc.tagger.node("Table", parent);
  const pad = SPACE.cellPadX;
  const cell = (col, text, style, node) => ({
    lines: lc.ts.lines(style, text, col.width - 2 * pad),
    style,
    x: col.x + pad,
    width: col.width - 2 * pad,
    align: col.align,
    node
  });
  const headerRow = (node) => ({
    cells: columns.map((col, i) => cell(col, block.columns[i]?.header ?? "", TYPE.tableHeader, node(i))),
    x: lc.x,
    width: lc.width,
    padY: SPACE.cellPadY,
    fill: COLORS.tableHeaderFill,
    rule: { color: COLORS.brand, width: 0.75 }
  });
  const repeated = rowFragments({ ...headerRow(() => null), spaceBefore: 0 })[0];
  const headTr = lc.tagger.node("TR", table);
  const header = rowFragments({
    ...headerRow(() => lc.tagger.node("TH", headTr, { scope: "Column" })),
    spaceBefore,
    keepWithNext: true
  });
  const rows = block.rows.length > 0 || block.emptyText === void 0 ? block.rows : [[block.emptyText]];
  const body = rows.flatMap((cells, r) => {
    const tr = lc.tagger.node("TR", table);
    const isEmptyText = block.rows.length === 0;
    return rowFragments({
      cells: isEmptyText ? [cell({ x: lc.x, width: lc.width, align: "left" }, cells[0] ?? "", TYPE.detail, lc.tagger.node("TD", tr))] : columns.map((col, i) => cell(col, cells[i] ?? "", TYPE.tableCell, lc.tagger.node("TD", tr))),
      x: lc.x,
      width: lc.width,
      padY: SPACE.cellPadY,
      rule: { color: r === rows.length - 1 ? COLORS.rule : COLORS.hairline, width: 0.5 },
      spaceBefore: 0,
      ...repeated ? { header: repeated } : {}
    });
  });
  return [...header, ...body];
}

// src/main/documents/engine/chrome.ts
var RUNNING_TOP = 34;
var FOOTER_RULE = PAGE.bottom + 22;
var PAGE_NUMBER_WIDTH = 80;
function rule(doc, y) {
  doc.moveTo(PAGE.marginX, y).lineTo(PAGE.marginX + CONTENT_WIDTH, y).lineWidth(0.5).strokeColor(COLORS.rule).stroke();
}
function drawRunningHeader(ctx, title, unit) {
  const { ts } = ctx;
  const right = unit ? ts.lines(TYPE.running, unit, 160)[0] ?? "" : "";
  const rightWidth = right ? ts.width(TYPE.running, right) + 16 : 0;
  const titleLines = ts.lines(TYPE.running, title, CONTENT_WIDTH - rightWidth);
  let left = titleLines[0] ?? "";
  if (titleLines.length > 1) left = left.replace(/\s*\S*$/, "") + " \u2026";
  ctx.tagger.artifact(() => {
    ts.draw(TYPE.running, left, PAGE.marginX, RUNNING_TOP);
    if (right) ts.draw(TYPE.running, right, PAGE.marginX, RUNNING_TOP, "right", CONTENT_WIDTH);
    rule(ctx.doc, RUNNING_TOP + TYPE.running.lineHeight + 5);
  }, "Pagination");
}
function drawFooters(ctx, footerText) {
  const { doc, ts } = ctx;
  const range = doc.bufferedPageRange();
  const footerLines = footerText ? ts.lines(TYPE.footer, footerText, CONTENT_WIDTH - PAGE_NUMBER_WIDTH - 16).slice(0, 2) : [];
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    const pageLabel = `Side ${i + 1} av ${range.count}`;
    ctx.tagger.artifact(() => {
      rule(doc, FOOTER_RULE);
      const top = FOOTER_RULE + 6;
      footerLines.forEach((line, n) => ts.draw(TYPE.footer, line, PAGE.marginX, top + n * TYPE.footer.lineHeight));
      ts.draw(TYPE.footer, pageLabel, PAGE.marginX, top, "right", CONTENT_WIDTH);
    }, "Pagination");
  }
}

// src/main/documents/engine/flow.ts
function neededHeight(fragments, i, gap, limit) {
  let need = gap;
  for (let j = i; j < fragments.length; j++) {
    const f = fragments[j];
    if (!f) break;
    need += (j === i ? 0 : f.spaceBefore) + f.height;
    if (!f.keepWithNext || need > limit) break;
  }
  return need;
}
function paginate(ctx, fragments, frame) {
  let pages = 1;
  let y = frame.firstTop;
  let atTop = true;
  const pageHeight = frame.bottom - frame.top;
  fragments.forEach((fragment, i) => {
    const gap = atTop ? 0 : fragment.spaceBefore;
    const need = neededHeight(fragments, i, gap, pageHeight);
    if (!atTop && y + need > frame.bottom) {
      ctx.doc.addPage();
      pages++;
      frame.onNewPage(ctx);
      y = frame.top;
      if (fragment.header) {
        fragment.header.draw(ctx, y);
        y += fragment.header.height;
      }
    } else {
      y += gap;
    }
    fragment.draw(ctx, y);
    y += fragment.height;
    atTop = false;
  });
  return pages;
}

// src/main/documents/engine/pdf-document.ts
import PDFDocument from "pdfkit";
var CREATOR = "Bytteordning";
var PRODUCER = "Bytteordning (pdfkit)";
function xml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "");
}
function escapeXmpInfo(doc) {
  const internals = doc;
  internals._addInfo = function addInfo() {
    const info = this.info;
    const text = (key) => {
      const value = info[key];
      return typeof value === "string" && value !== "" ? xml(value) : void 0;
    };
    const created = info.CreationDate instanceof Date ? info.CreationDate : /* @__PURE__ */ new Date();
    const parts = [
      `<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">`,
      `<xmp:CreateDate>${created.toISOString().split(".")[0]}Z</xmp:CreateDate>`,
      `<xmp:CreatorTool>${text("Creator") ?? ""}</xmp:CreatorTool>`,
      `</rdf:Description>`,
      `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">`,
      `<dc:format>application/pdf</dc:format>`
    ];
    const title = text("Title");
    const author = text("Author");
    const subject = text("Subject");
    if (title) parts.push(`<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${title}</rdf:li></rdf:Alt></dc:title>`);
    if (author) parts.push(`<dc:creator><rdf:Seq><rdf:li>${author}</rdf:li></rdf:Seq></dc:creator>`);
    if (subject) parts.push(`<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${subject}</rdf:li></rdf:Alt></dc:description>`);
    parts.push(`</rdf:Description>`);
    parts.push(`<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">`);
    parts.push(`<pdf:Producer>${text("Producer") ?? ""}</pdf:Producer>`);
    const keywords = text("Keywords");
    if (keywords) parts.push(`<pdf:Keywords>${keywords}</pdf:Keywords>`);
    parts.push(`</rdf:Description>`);
    this.appendXML(parts.join("\n"));
  };
}
function createDocument(info) {
  const fonts = loadFonts();
  const docInfo = {
    Title: info.title,
    Creator: CREATOR,
    Producer: PRODUCER,
    CreationDate: info.creationDate
  };
  if (info.author) docInfo.Author = info.author;
  if (info.subject) docInfo.Subject = info.subject;
  if (info.keywords && info.keywords.length > 0) docInfo.Keywords = info.keywords.join(", ");
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: PAGE.top, bottom: PAGE.height - PAGE.bottom, left: PAGE.marginX, right: PAGE.marginX },
    pdfVersion: "1.7",
    subset: "PDF/A-3b",
    tagged: info.tagged,
    lang: info.lang,
    displayTitle: true,
    bufferPages: true,
    info: docInfo,
    // Any embeddable font here keeps pdfkit from opening Helvetica at construction.
    font: fonts.Regular
  });
  escapeXmpInfo(doc);
  registerFonts(doc);
  return doc;
}
function attachJson(doc, attachment, date) {
  try {
    JSON.parse(attachment.json);
  } catch {
    throw new TypeError(`Vedlegget ${attachment.name} er ikke gyldig JSON.`);
  }
  const options = {
    name: attachment.name,
    type: "application/json",
    relationship: "Data",
    description: attachment.description ?? "Innholdet i dokumentet som data (JSON)",
    creationDate: date,
    modifiedDate: date
  };
  doc.file(Buffer.from(attachment.json, "utf8"), options);
}
function finish(doc) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    doc.on("data", (chunk) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    doc.end();
  });
}

// src/main/documents/engine/tagging.ts
var Tagger = class {
  doc;
  enabled;
  open = [];
  constructor(doc, enabled) {
    this.doc = doc;
    this.enabled = enabled;
  }
  /** A new element under `parent`, or at the top of the tree. */
  node(type, parent, options = {}) {
    if (!this.enabled) return { type, element: null };
    const element = this.doc.struct(type, options);
    if (parent?.element) parent.element.add(element);
    else this.doc.addStructure(element);
    this.open.push(element);
    return { type, element };
  }
  /** Draws real content (text) as part of `node`. */
  content(node, draw) {
    if (!node.element) {
      draw();
      return;
    }
    const marked = this.doc.markStructureContent(node.type);
    draw();
    this.doc.endMarkedContent();
    node.element.add(marked);
  }
  /** Draws decoration that carries no meaning of its own. */
  artifact(draw, kind = "Layout") {
    if (!this.enabled) {
      draw();
      return;
    }
    this.doc.markContent("Artifact", { type: kind });
    draw();
    this.doc.endMarkedContent();
  }
  /** Closes every element; call once, after all content is drawn and before doc.end(). */
  finish() {
    for (const element of this.open) element.end();
  }
};

// src/main/documents/engine/glyphs.ts
var STAND_INS = {
  "	": " ",
  "\u2010": "-",
  // hyphen
  "\u2011": "-",
  // non-breaking hyphen
  "\u2012": "\u2013",
  "\u2009": " ",
  // thin space
  "\u2002": " ",
  "\u2003": " ",
  "\u2007": "\xA0",
  // figure space (does not break)
  "\u202F": "\xA0",
  // narrow no-break space, used by some number formats
  "\xAD": "",
  // soft hyphen: we do not hyphenate
  "\u200B": "",
  "\u200C": "",
  "\u200D": "",
  "\u2060": "",
  "\uFEFF": "",
  "\u2192": "->",
  "\u2190": "<-",
  "\u2116": "nr.",
  "\u2713": "x",
  "\u2714": "x"
};
var FALLBACK = "?";
var coverage = /* @__PURE__ */ new WeakMap();
function mapChar(font, ch) {
  const cp = ch.codePointAt(0) ?? 0;
  if (ch === "\n") return ch;
  if (cp < 32 || cp >= 127 && cp < 160) return "";
  if (font.hasGlyphForCodePoint(cp)) return ch;
  const standIn = STAND_INS[ch];
  if (standIn !== void 0) return standIn;
  const parts = [...ch.normalize("NFKD")].filter((p) => font.hasGlyphForCodePoint(p.codePointAt(0) ?? 0));
  return parts.length > 0 && parts[0] !== ch ? parts.join("").normalize("NFC") : FALLBACK;
}
function printable(font, text) {
  let known = coverage.get(font);
  if (!known) {
    known = /* @__PURE__ */ new Map();
    coverage.set(font, known);
  }
  let out = "";
  for (const ch of text.normalize("NFC")) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 32 && cp < 127) {
      out += ch;
      continue;
    }
    let mapped = known.get(cp);
    if (mapped === void 0) {
      mapped = mapChar(font, ch);
      known.set(cp, mapped);
    }
    out += mapped;
  }
  return out;
}

// src/main/documents/engine/wrap.ts
var SOFT_BREAK_AFTER = /* @__PURE__ */ new Set(["-", "/", "_", ".", "@", "\u2013", ":", "?", "&", "="]);
function breakWord(word, width, measure) {
  const pieces = [];
  let rest = word;
  while (rest.length > 0 && measure(rest) > width) {
    const chars = [...rest];
    let fit = 1;
    while (fit < chars.length && measure(chars.slice(0, fit + 1).join("")) <= width) fit++;
    let cut = fit;
    for (let i = fit; i > Math.floor(fit / 2); i--) {
      if (SOFT_BREAK_AFTER.has(chars[i - 1] ?? "")) {
        cut = i;
        break;
      }
    }
    pieces.push(chars.slice(0, cut).join(""));
    rest = chars.slice(cut).join("");
  }
  if (rest.length > 0) pieces.push(rest);
  return pieces;
}
function wrapText(text, width, measure) {
  const lines = [];
  const space = measure(" ");
  for (const hardLine of text.split("\n")) {
    const words = hardLine.split(/ +/).filter((w) => w.length > 0);
    if (words.length === 0) {
      lines.push("");
      continue;
    }
    let line = "";
    let lineWidth = 0;
    for (const word of words) {
      const w = measure(word);
      if (line !== "" && lineWidth + space + w <= width) {
        line += " " + word;
        lineWidth += space + w;
        continue;
      }
      if (line !== "") lines.push(line);
      if (w <= width) {
        line = word;
        lineWidth = w;
      } else {
        const pieces = breakWord(word, width, measure);
        const last = pieces.pop() ?? "";
        lines.push(...pieces);
        line = last;
        lineWidth = measure(last);
      }
    }
    lines.push(line);
  }
  while (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

// src/main/documents/engine/typesetter.ts
var Typesetter = class {
  doc;
  fonts;
  constructor(doc, fonts) {
    this.doc = doc;
    this.fonts = fonts;
  }
  use(style) {
    this.doc.font(style.font).fontSize(style.size);
  }
  /** Text the font can print (see glyphs.ts), trimmed. */
  clean(style, text) {
    return printable(this.fonts[style.font], text.trim());
  }
  width(style, text) {
    this.use(style);
    return this.doc.widthOfString(text);
  }
  /** The lines `text` occupies in a column `width` wide. Always at least one line. */
  lines(style, text, width) {
    const clean = this.clean(style, text);
    this.use(style);
    return wrapText(clean, width, (s) => this.doc.widthOfString(s));
  }
  /**
   * Where the baseline sits in a line box starting at `top`: capitals are centred
   * optically, which keeps text centred in table rows and next to checklist marks.
   */
  baseline(style, top, box = style.lineHeight) {
    const font = this.fonts[style.font];
    const capHeight = font.capHeight / font.unitsPerEm * style.size;
    return top + (box + capHeight) / 2;
  }
  /**
   * Draws one already-wrapped line in a line box whose top is `top`. `box` overrides the
   * box height so lines of different styles in one row share a baseline.
   */
  draw(style, text, x, top, align = "left", width = 0, box = style.lineHeight) {
    if (text === "") return;
    this.use(style);
    const left = align === "right" ? x + width - this.doc.widthOfString(text) : x;
    this.doc.fillColor(style.color).text(text, left, this.baseline(style, top, box), {
      baseline: "alphabetic",
      lineBreak: false
    });
  }
};

// src/main/documents/engine/validate.ts
function assertRenderable(model) {
  if (model.title.trim() === "") throw new TypeError("Dokumentet mangler tittel.");
  model.sections.forEach((section, s) => {
    section.blocks.forEach((block, b) => {
      const where = `seksjon ${s + 1} ("${section.heading}"), blokk ${b + 1}`;
      if (block.kind !== "table") return;
      if (block.columns.length === 0) throw new TypeError(`Tabellen i ${where} har ingen kolonner.`);
      if (block.columns.some((c) => !(c.width > 0) || !Number.isFinite(c.width))) {
        throw new TypeError(`Tabellen i ${where} har en kolonnebredde som ikke er et positivt tall.`);
      }
      block.rows.forEach((row, r) => {
        if (row.length !== block.columns.length) {
          throw new TypeError(`Rad ${r + 1} i tabellen i ${where} har ${row.length} celler, men tabellen har ${block.columns.length} kolonner.`);
        }
      });
    });
  });
}

// src/main/documents/engine/render.ts
function blockFragments(lc, block, parent, spaceBefore) {
  switch (block.kind) {
    case "paragraph":
      return textFragments(lc, parent, "P", TYPE.body, block.text, { spaceBefore });
    case "subheading":
      return textFragments(lc, parent, "H3", TYPE.h3, block.text, {
        spaceBefore: Math.max(spaceBefore, SPACE.subheadingBefore),
        spaceAfter: 2,
        keepWithNext: true
      });
    case "keyValue":
      return keyValueFragments(lc, block, parent, spaceBefore);
    case "list":
      return listFragments(lc, block, parent, spaceBefore);
    case "table":
      return tableFragments(lc, block, parent, spaceBefore);
    case "checklist":
      return checklistFragments(lc, block, parent, spaceBefore);
    case "note":
      return noteFragments(lc, block, parent, spaceBefore);
  }
}
function layout(lc, model) {
  const root = lc.tagger.node("Document");
  const fragments = frontFragments(lc, model, root);
  if (model.notice) fragments.push(...noteFragments(lc, { kind: "note", text: model.notice }, root, 18));
  for (const section of model.sections) {
    const sect = lc.tagger.node("Sect", root);
    fragments.push(
      ...textFragments(lc, sect, "H2", TYPE.h2, section.heading, {
        spaceBefore: SPACE.sectionBefore,
        spaceAfter: SPACE.headingAfter - SPACE.block,
        keepWithNext: true
      })
    );
    for (const block of section.blocks) fragments.push(...blockFragments(lc, block, sect, SPACE.block));
  }
  return fragments;
}
async function renderPdf(model, options = {}) {
  assertRenderable(model);
  const creationDate = options.creationDate ?? /* @__PURE__ */ new Date();
  const doc = createDocument({
    title: model.title,
    ...model.author ? { author: model.author } : {},
    ...model.subject ? { subject: model.subject } : {},
    ...model.keywords ? { keywords: model.keywords } : {},
    lang: model.lang,
    creationDate,
    tagged: options.tagged ?? true
  });
  const ts = new Typesetter(doc, loadFonts());
  const tagger = new Tagger(doc, options.tagged ?? true);
  const ctx = { ts, tagger, doc };
  const lc = { ts, tagger, x: PAGE.marginX, width: CONTENT_WIDTH };
  const runningUnit = model.letterhead?.unit ?? model.letterhead?.organisation ?? "";
  paginate(ctx, layout(lc, model), {
    firstTop: PAGE.firstTop,
    top: PAGE.top,
    bottom: PAGE.bottom,
    onNewPage: (c) => drawRunningHeader(c, model.title, runningUnit)
  });
  drawFooters(ctx, model.footerText);
  tagger.finish();
  if (options.attachment) attachJson(doc, options.attachment, creationDate);
  return finish(doc);
}

// test/documents/engine/sample.ts
var LOREM = "Bydelen har vurdert s\xF8knaden og funnet at tjenestebehovet er best ivaretatt i en bolig med fellesareal og d\xF8gnbemanning i n\xE6rheten. Vurderingen bygger p\xE5 samtaler med tjenestemottakeren, p\xE5r\xF8rende og tjenesteapparatet, og p\xE5 erfaringer fra tidligere botilbud. Det er lagt vekt p\xE5 \xF8nsket om \xE5 bo n\xE6r familie og arbeidssted, og p\xE5 behovet for forutsigbare rammer i hverdagen.";
function sampleModel() {
  return {
    lang: "nb-NO",
    title: "Brukerprofil for bytte av bolig \u2013 Sammen om bolig",
    subtitle: "Anonymisert profil til vurdering hos mottakende bydel",
    letterhead: { organisation: "Oslo kommune", unit: "Bydel Gamle Oslo" },
    author: "Bydel Gamle Oslo",
    subject: "Brukerprofil, bytteordning",
    keywords: ["bytteordning", "brukerprofil", "Sammen om bolig"],
    meta: [
      { label: "Referanse", value: "BYT-2025-0142" },
      { label: "Dato", value: "14. mars 2025" },
      { label: "Status", value: "Til vurdering" },
      { label: "Fra bydel", value: "Bydel Gamle Oslo" },
      { label: "Til bydel", value: "Bydel S\xF8ndre Nordstrand" },
      { label: "Saksbehandler", value: "\xC5se \xD8deg\xE5rd Br\xE6nne" }
    ],
    notice: "Dokumentet inneholder ingen personidentifiserende opplysninger.",
    footerText: "Bytteordning \xB7 Bydel Gamle Oslo \u2192 Bydel S\xF8ndre Nordstrand \xB7 BYT-2025-0142",
    sections: [
      {
        heading: "Om tjenestebehovet",
        blocks: [
          { kind: "paragraph", text: LOREM },
          {
            kind: "keyValue",
            rows: [
              { label: "Aldersgruppe", value: "30\u201339 \xE5r" },
              { label: "Husstand", value: "\xC9n voksen, ingen barn" },
              { label: "\xD8nsket boligtype", value: "Leilighet i bofellesskap med fellesareal, gjerne i f\xF8rste etasje eller med heis" },
              { label: "S\xE6rlige behov", value: "Trinnfri adkomst. Skjermet soverom. Kort vei til kollektivtransport \u2013 helst under 500 meter." },
              { label: "Tjenester i dag", value: "Praktisk bistand 3 timer/uke, oppf\xF8lging fra psykisk helsetjeneste annenhver uke." }
            ]
          },
          { kind: "subheading", text: "\xD8nsker og forutsetninger" },
          {
            kind: "list",
            items: [
              "Bo n\xE6r familie p\xE5 Holmlia eller Mortensrud",
              "Tilgang til gr\xF8ntomr\xE5der og turstier",
              "Mulighet for \xE5 ta med kj\xE6ledyr (katt) \u2013 dette er viktig for \xE5 trives og oppleve trygghet i hverdagen, og b\xF8r vektlegges",
              "Stille bomilj\xF8, s\xE6rlig om natten"
            ]
          },
          { kind: "paragraph", text: `${LOREM}

${LOREM}` }
        ]
      },
      {
        heading: "Boligtilbud som er vurdert",
        blocks: [
          {
            kind: "table",
            columns: [
              { header: "Adresseomr\xE5de", width: 0.3 },
              { header: "Type", width: 0.22 },
              { header: "Vurdering", width: 0.36 },
              { header: "Husleie", width: 0.12, align: "right" }
            ],
            rows: Array.from({ length: 26 }, (_, i) => [
              ["Gr\xF8nland", "T\xF8yen", "Kampen", "V\xE5lerenga", "Ensj\xF8", "Bj\xF8rvika"][i % 6] + ` (${i + 1})`,
              i % 3 === 0 ? "Bofellesskap" : i % 3 === 1 ? "Leilighet" : "Omsorgsbolig",
              i % 5 === 0 ? "Aktuell, men lang ventetid. M\xE5 avklares med boligkontoret f\xF8r endelig vurdering, og p\xE5r\xF8rende \xF8nsker befaring." : i % 2 === 0 ? "Ikke aktuell \u2013 mangler heis" : "Aktuell",
              `${(8500 + i * 137).toLocaleString("nb-NO")} kr`
            ])
          },
          { kind: "note", title: "Merk", text: "Husleie er veiledende og kan endres. Endelig husleie fastsettes i leiekontrakten." }
        ]
      },
      {
        heading: "Sjekkliste f\xF8r overf\xF8ring",
        blocks: [
          {
            kind: "checklist",
            items: [
              { status: "done", text: "Samtykke til utveksling av opplysninger er innhentet", detail: "Registrert 3. mars 2025 av \xC5se \xD8deg\xE5rd Br\xE6nne" },
              { status: "done", text: "Brukerprofilen er kontrollert for personidentifiserende opplysninger" },
              { status: "notRelevant", text: "Avklaring med barnevernstjenesten", detail: "Ingen barn i husstanden" },
              { status: "open", text: "Befaring av aktuell bolig sammen med tjenestemottaker og p\xE5r\xF8rende, med eventuell tolk til stede" },
              { status: "open", text: "Vedtak om tjenester i mottakende bydel", detail: "Avventer saksbehandling" }
            ]
          },
          { kind: "paragraph", text: LOREM },
          { kind: "note", text: "Dokumentet inneholder ingen personidentifiserende opplysninger." }
        ]
      }
    ]
  };
}

// prof.tmp.ts
var m = sampleModel();
for (let i = 0; i < 30; i++) await renderPdf(m);
var N = 40;
var t = performance.now();
for (let i = 0; i < N; i++) await renderPdf(m);
console.log("4-page tagged avg", ((performance.now() - t) / N).toFixed(1));
t = performance.now();
for (let i = 0; i < N; i++) await renderPdf(m, { tagged: false });
console.log("4-page untagged avg", ((performance.now() - t) / N).toFixed(1));
