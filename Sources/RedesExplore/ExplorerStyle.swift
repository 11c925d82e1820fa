/// The page's one stylesheet. Desktop: controls, drawing and panel side by side, each scrolling on its own, the key
/// always under the drawing. Phone width: one column, the filters behind a button, the panel under the key. Print:
/// the title, the current view of the drawing and its key (and the open panel), without controls. States the script
/// sets are classes: `off` (filtered out), `match` and `searching` (search), `near` and `hovering` (neighbours),
/// `selected`.
enum ExplorerStyle {
    static let source = """

        :root { --ink: #1b1b1b; --muted: #555; --rule: #d4d4d4; --accent: #0072B2; --soft: #f3f6f9; --focus: #0072B2; }
        * { box-sizing: border-box; }
        html, body { margin: 0; height: 100%; }
        body { font-family: "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; font-size: 14px; line-height: 1.4; color: var(--ink); background: #fff; }
        .skip { position: absolute; left: -9999px; top: 0; background: #fff; padding: .4rem .6rem; z-index: 10; }
        .skip:focus { left: .5rem; }
        .app { display: grid; grid-template-columns: 17rem minmax(0, 1fr) 22rem; grid-template-rows: auto minmax(0, 1fr);
               grid-template-areas: "top top top" "controls stage panel"; height: 100vh; }
        .top { grid-area: top; display: flex; align-items: center; gap: 1rem; padding: .5rem 1rem; border-bottom: 1px solid var(--rule); }
        .heading { flex: 1; min-width: 0; }
        h1 { font-size: 1.2rem; margin: 0; }
        .subtitle { margin: 0; color: var(--muted); font-size: .85rem; }
        .toggle { display: none; }
        .controls { grid-area: controls; overflow-y: auto; overflow-x: hidden; padding: .75rem 1rem; border-right: 1px solid var(--rule); background: var(--soft); }
        .stage { grid-area: stage; display: flex; flex-direction: column; min-height: 0; min-width: 0; }
        .panel { grid-area: panel; overflow-y: auto; padding: .75rem 1rem; border-left: 1px solid var(--rule); }
        .field { margin-bottom: .9rem; }
        label, .filters-title { font-weight: bold; }
        .field > label { display: block; margin-bottom: .25rem; }
        input[type=search], select { width: 100%; font: inherit; padding: .35rem .4rem; border: 1px solid #888; border-radius: 4px; background: #fff; }
        button { font: inherit; padding: .3rem .6rem; border: 1px solid #888; border-radius: 4px; background: #fff; color: var(--ink); cursor: pointer; }
        button:hover { background: #e8eef4; }
        :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
        .results ul { list-style: none; margin: .3rem 0 0; padding: 0; }
        .results li { margin: .15rem 0; }
        .results button { width: 100%; text-align: left; }
        .results p { margin: .3rem 0 0; font-size: .9rem; }
        .summary { margin: .3rem 0 0; font-size: .85rem; color: var(--muted); }
        .filters-title { font-size: 1rem; margin: 1rem 0 .4rem; }
        .filter { border: 1px solid var(--rule); border-radius: 4px; margin: 0 0 .6rem; padding: .3rem .6rem .5rem; background: #fff; min-width: 0; }
        .filter legend { font-weight: bold; padding: 0 .2rem; }
        .filter label { display: flex; align-items: center; gap: .35rem; font-weight: normal; padding: .1rem 0; }
        .filter label > span:first-of-type { flex: 1; min-width: 0; overflow-wrap: break-word; }
        .filter .count { flex: none; color: var(--muted); font-size: .85rem; }
        .bulk { display: flex; gap: .3rem; margin-bottom: .2rem; }
        .bulk button { padding: .05rem .4rem; font-size: .8rem; }
        .swatch { flex: none; }
        .status { font-weight: bold; margin: .5rem 0 0; }
        .toolbar { display: flex; flex-wrap: wrap; gap: .3rem; padding: .4rem .6rem; border-bottom: 1px solid var(--rule); }
        .toolbar .icon { min-width: 2.2rem; font-weight: bold; }
        .note { margin: .4rem .6rem; color: var(--muted); }
        .drawing { flex: 1 1 auto; min-height: 12rem; position: relative; overflow: hidden; touch-action: none; cursor: grab; background: #fff;
                   aspect-ratio: auto !important; }
        .drawing.panning { cursor: grabbing; }
        .drawing > svg { display: block; width: 100%; height: 100%; }
        .legend { flex: none; max-height: 32%; overflow-y: auto; border-top: 1px solid var(--rule); padding: .4rem .8rem; background: #fff; font-size: .85rem; }
        .legend h2 { font-size: .9rem; margin: 0 0 .2rem; }
        .legend ul { list-style: none; margin: 0; padding: 0; }
        .legend li { margin: .15rem 0; }
        .legend .row-title { color: var(--muted); }
        .legend .key { display: inline-flex; align-items: center; gap: .25rem; margin-left: .6rem; white-space: nowrap; }
        .panel-head { display: flex; align-items: flex-start; gap: .5rem; }
        .panel-head h2 { flex: 1; font-size: 1.1rem; margin: 0 0 .4rem; }
        .panel h3 { font-size: .95rem; margin: 1rem 0 .3rem; border-bottom: 1px solid var(--rule); }
        .panel table { border-collapse: collapse; width: 100%; font-size: .9rem; }
        .panel th, .panel td { text-align: left; padding: .15rem .3rem; border-bottom: 1px solid #eee; vertical-align: top; }
        .panel td.num, .panel th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        .panel table.compare { font-size: .82rem; }
        .panel table.compare th, .panel table.compare td { padding: .15rem .2rem; }
        .panel ul { margin: .2rem 0; padding-left: 1.1rem; }
        .panel li { margin: .3rem 0; }
        .panel .meta { color: var(--muted); font-size: .85rem; }
        .panel blockquote { margin: .2rem 0 .2rem .2rem; padding-left: .5rem; border-left: 3px solid var(--rule); font-style: italic; }
        .panel dl { margin: 0; }
        .panel dt { font-weight: bold; }
        .panel dd { margin: 0 0 .3rem; }
        .panel .section dt { margin-top: .45rem; }
        .panel .section dd { margin: .1rem 0 0 .9rem; }
        .change { font-weight: bold; }
        .tip { position: fixed; z-index: 20; max-width: 22rem; background: #222; color: #fff; padding: .4rem .55rem; border-radius: 4px;
               font-size: .85rem; pointer-events: none; }
        .tip strong { display: block; }
        g.actor { cursor: pointer; }
        g.off { display: none; }
        g.edge .hit { stroke: transparent; pointer-events: stroke; }
        svg.searching g.actor:not(.match):not(.selected), svg.searching g.edge, svg.searching g.arrangement { opacity: .18; }
        svg.hovering g.node:not(.near), svg.hovering g.edge:not(.near) { opacity: .12; }
        svg.hovering g.edge.near path { stroke-width: 2.4px; }
        g.actor.match > path, g.actor.match > polygon, g.actor.selected > path, g.actor.selected > polygon { stroke: #000; stroke-width: 3px; }
        g.actor:focus { outline: none; }
        g.actor:focus-visible > path, g.actor:focus-visible > polygon { stroke: var(--focus); stroke-width: 4px; }
        @media (max-width: 900px) {
          .app { display: block; height: auto; }
          .top { flex-wrap: wrap; }
          .toggle { display: inline-block; }
          .controls { border-right: 0; border-bottom: 1px solid var(--rule); }
          .more { display: none; }
          .controls-open .more { display: block; }
          h1 { font-size: 1.05rem; }
          .drawing { height: auto; max-height: 75vh; flex: none; aspect-ratio: var(--drawing-ratio, 4 / 3) !important; }
          .legend { max-height: none; }
          .panel { border-left: 0; border-top: 1px solid var(--rule); }
        }
        @media print {
          @page { size: A4 landscape; margin: 10mm; }
          .app { display: block; height: auto; }
          .controls, .toolbar, .toggle, .skip, .tip, #panel-close, .note { display: none !important; }
          .top { padding: 0 0 2mm; }
          .drawing { height: 135mm; border: 0; aspect-ratio: auto !important; }
          .legend { max-height: none; border: 0; break-inside: avoid; padding: 1mm 0; }
          .panel { border: 0; break-before: page; columns: 2; column-gap: 10mm; }
          .panel-head { column-span: all; }
          .panel table, .panel li { break-inside: avoid; }
          .panel.empty { display: none; }
        }

        """
}
