-- hyteplan's pandoc program, run as `pandoc lua hyteplan.lua KEY=VALUE ...` with the document's
-- pandoc Markdown on standard input. It parses the Markdown once and writes every requested
-- format from the same document (one pandoc process per document instead of one per format):
--
--   docx=FILE  reference-doc=PATH          DOCX with the reference document's styles and a TOC
--   typst=FILE typst-template=PATH         typst source laid out by hyteplan's pandoc template
--   md=FILE                                pandoc Markdown for review in git
--   image-dir=DIR                          the only folder images may come from (e.g. charts)
--   toc=false                              no table of contents (a two-page card needs none)
--
-- What it does to the document, a second line of defence behind escaping and the few layout
-- features Markdown cannot express for both DOCX and typst:
--
-- * Raw blocks and inlines (OOXML, typst, HTML, LaTeX) are removed: escaped user text can never
--   produce them, so any that appear did not come from our templates' intent. Templates ask for a
--   page break with an empty div of class "pagebreak", keep a few blocks on one page with a div
--   of class "keep", and set a chart beside its table of values (PDF) with a div of class "chart".
-- * An image is kept only if its source lies in the image folder; any other image becomes its alt
--   text, so no local file can be embedded.
-- * For typst, every text node is written by us with *every* ASCII punctuation character
--   escaped. pandoc's typst writer leaves "8. " at the start of a table cell (an enumeration),
--   "= " (a heading), "- ", "+ " and "..." (an ellipsis) as typst markup; escaped, they are text.
--   A number range such as 2026–2029 is kept on one line. A span with a language tag ("fi-FI")
--   becomes typst's `#text(lang: "fi", region: "FI")[...]`, so the PDF tags that passage.
-- * For typst, images become `#image("...", alt: "...")`, because pandoc's typst writer drops alt
--   text and PDF/UA-1 requires it; table rows that fit on a page are not split across pages.
-- * For DOCX, table cells in a "keep" div get the paragraph style "Table Text Keep" and a chart
--   there "Chart" (other cells get "Table Text" afterwards, in the XML), and the cover title keeps
--   its year range on one line (a word joiner after the dash).

local EN_DASH = "\u{2013}"
local WORD_JOINER = "\u{2060}"
local RANGE = "%d+" .. EN_DASH .. "%d+"
-- A table row whose cells stay below this many characters per unit of column width fits on a
-- page (9 pt text: ~100 characters per line of the full text width, 35 lines ≈ 15 cm).
local ROW_KEEP_LIMIT = 3500
-- A chart kept with its table of values in a DOCX: small enough for two such blocks a page, and
-- the size it is drawn at (render/chart_cache.py, CHART_SIZE_CM: 12 of the 16 cm text width).
local DOCX_CHART_WIDTH = "75%"

local options = {}
for _, a in ipairs(arg or {}) do
  local key, value = a:match("^([%w-]+)=(.*)$")
  if key == nil then
    error("hyteplan.lua: arguments are KEY=VALUE, got " .. a)
  end
  options[key] = value
end

-- Common ----------------------------------------------------------------------------------------

local function allowed(src)
  local dir = options["image-dir"]
  if dir == nil or dir == "" then
    return false
  end
  local prefix = dir .. "/"
  return src:sub(1, #prefix) == prefix and not src:find("..", 1, true)
end

local sanitise = {
  RawBlock = function() return {} end,
  RawInline = function() return {} end,
  Image = function(el)
    if not allowed(el.src) then
      return pandoc.Str(pandoc.utils.stringify(el.caption))
    end
  end,
}

local function has_class(el, class)
  return el.classes ~= nil and el.classes:includes(class)
end

-- typst -----------------------------------------------------------------------------------------

local function typst_string(s)
  s = s:gsub("\\", "\\\\"):gsub('"', '\\"'):gsub("[\r\n\t]", " ")
  return '"' .. s .. '"'
end

-- A word of LONG_WORD characters or more (a URL, "aaaa...") gets a zero-width space after every
-- BREAK_EVERY characters: typst breaks a line only between words, so without them such a word
-- runs out of its table cell and off the page. Shorter words keep hyphenation.
local ZWSP = "\u{200B}"
local LONG_WORD = 30
local BREAK_EVERY = 8

local function breakable(word)
  local length = utf8.len(word)
  if length == nil or length < LONG_WORD then
    return word
  end
  local out, n = {}, 0
  for _, code in utf8.codes(word) do
    if n > 0 and n % BREAK_EVERY == 0 then
      out[#out + 1] = ZWSP
    end
    out[#out + 1] = utf8.char(code)
    n = n + 1
  end
  return table.concat(out)
end

local function typst_escape(s)
  s = s:gsub("%S+", breakable)
  return (s:gsub("%p", "\\%0"))
end

-- Escaped text, with number ranges in unbreakable boxes (typst breaks after an en dash).
local function typst_text(s)
  local out, pos = {}, 1
  while true do
    local first, last = s:find(RANGE, pos)
    if first == nil then
      break
    end
    out[#out + 1] = typst_escape(s:sub(pos, first - 1))
    out[#out + 1] = "#box[" .. typst_escape(s:sub(first, last)) .. "]"
    pos = last + 1
  end
  out[#out + 1] = typst_escape(s:sub(pos))
  return table.concat(out)
end

local function str_to_typst(el)
  return pandoc.RawInline("typst", typst_text(el.text))
end

local function typst_image(el)
  local alt = pandoc.utils.stringify(el.caption)
  local width = el.attributes["width"]
  local args = typst_string(el.src) .. ", alt: " .. typst_string(alt)
  if width and width:match("^%d+%%$") then
    args = args .. ", width: " .. width
  end
  return pandoc.RawInline("typst", "#image(" .. args .. ")")
end

-- A run of text (Str, Space, SoftBreak) becomes one raw typst inline, an image a typst image;
-- other inlines (emphasis, links...) stay, and their own text is converted in turn. One raw
-- inline per run instead of one per word keeps the document small for pandoc's typst writer.
local function inlines_to_typst(inlines)
  local out, run = pandoc.Inlines({}), {}
  local function flush()
    if #run > 0 then
      out:insert(pandoc.RawInline("typst", typst_text(table.concat(run))))
      run = {}
    end
  end
  for _, el in ipairs(inlines) do
    local t = el.t
    if t == "Str" then
      run[#run + 1] = el.text
    elseif t == "Space" or t == "SoftBreak" then
      run[#run + 1] = " "
    else
      flush()
      out:insert(t == "Image" and typst_image(el) or el)
    end
  end
  flush()
  return out
end

-- A passage in another language than the document's (a Finnish fallback in a Swedish plan) is
-- a span with a lang attribute such as "fi-FI" (the templates write it; escaped user text never
-- can). pandoc's typst writer drops the attribute; typst's text(lang:) tags the PDF with /Lang.
local function typst_span(el)
  local lang, region = (el.attributes["lang"] or ""):match("^(%l%l)%-(%u%u)$")
  if lang == nil then
    return nil
  end
  local out = pandoc.Inlines({
    pandoc.RawInline("typst", '#text(lang: "' .. lang .. '", region: "' .. region .. '")['),
  })
  out:extend(inlines_to_typst(el.content))
  out:insert(pandoc.RawInline("typst", "]"))
  return out, false
end

local function unbreakable(blocks)
  local out = pandoc.Blocks({ pandoc.RawBlock("typst", "#block(breakable: false)[") })
  out:extend(blocks)
  out:insert(pandoc.RawBlock("typst", "]"))
  return out
end

-- A chart and its table of values side by side (what follows them, e.g. a source, below).
local function chart_beside_table(blocks)
  local chart, values, rest = nil, nil, pandoc.Blocks({})
  for _, block in ipairs(blocks) do
    if chart == nil and (block.t == "Para" or block.t == "Plain") then
      chart = block
    elseif values == nil and block.t == "Table" then
      values = block
    else
      rest:insert(block)
    end
  end
  if chart == nil or values == nil then
    return blocks
  end
  local out = pandoc.Blocks({
    pandoc.RawBlock("typst", "#grid(columns: (2.4fr, 1fr), column-gutter: 1.2em, align: horizon)["),
    chart,
    pandoc.RawBlock("typst", "]["),
    pandoc.RawBlock("typst", "#set text(size: 9pt)"),
    values,
    pandoc.RawBlock("typst", "]"),
  })
  out:extend(rest)
  return out
end

local typst_filter -- the whole typst walk (defined below); a div walks its content with it

local function typst_div(el)
  if has_class(el, "pagebreak") then
    return pandoc.RawBlock("typst", "#pagebreak(weak: true)")
  end
  -- The content first, with the whole filter: the blocks returned here are not walked again.
  local blocks = el.content:walk(typst_filter)
  if has_class(el, "chart") then
    blocks = chart_beside_table(blocks)
  end
  if has_class(el, "keep") then
    blocks = unbreakable(blocks)
  end
  return blocks, false
end

-- Relative column widths; tables without them share the width equally.
local function column_widths(tbl)
  local widths, n = {}, #tbl.colspecs
  for i, spec in ipairs(tbl.colspecs) do
    local w = spec[2]
    widths[i] = (type(w) == "number" and w > 0) and w or 1 / n
  end
  return widths
end

local function keep_rows(tbl)
  local widths = column_widths(tbl)
  local function keep(rows)
    for _, row in ipairs(rows) do
      local fits = true
      for i, cell in ipairs(row.cells) do
        local chars = #pandoc.utils.stringify(cell.contents)
        if chars / (widths[i] or 1) > ROW_KEEP_LIMIT then
          fits = false
        end
      end
      if fits then
        for _, cell in ipairs(row.cells) do
          cell.contents = unbreakable(cell.contents)
        end
      end
    end
  end
  for _, body in ipairs(tbl.bodies) do
    keep(body.body)
  end
  return tbl
end

-- Metadata fields that the typst template places as content (not lang, papersize, ...).
local CONTENT_FIELDS = { "title", "subtitle", "author", "date", "toc-title", "abstract" }

local function meta_to_typst(meta)
  local function convert(value)
    local kind = pandoc.utils.type(value)
    if kind == "Inlines" or kind == "Blocks" then
      return value:walk({ traverse = "topdown", Inlines = inlines_to_typst })
    end
    return value
  end
  for _, key in ipairs(CONTENT_FIELDS) do
    local value = meta[key]
    if value ~= nil and pandoc.utils.type(value) == "List" then
      for i, item in ipairs(value) do
        value[i] = convert(item)
      end
    elseif value ~= nil then
      meta[key] = convert(value)
    end
  end
  return meta
end

typst_filter = {
  traverse = "topdown",
  Table = keep_rows,
  Div = typst_div,
  Span = typst_span,
  Inlines = inlines_to_typst,
}

local function to_typst(doc)
  -- One walk from the top down: a table's rows are measured, an image's alt text read and a
  -- div's blocks arranged before the text inside them becomes raw typst. Only the blocks: a
  -- text filter on the whole document would also rewrite metadata such as lang.
  doc.blocks = doc.blocks:walk(typst_filter)
  doc.meta = meta_to_typst(doc.meta)
  return doc
end

-- DOCX ------------------------------------------------------------------------------------------
-- Table cells are given their style ("Table Text") after pandoc, in the XML (render/docx_rows.py):
-- a filter over every cell of every table costs as much as writing the DOCX. Only the few cells
-- of a "keep" div are styled here.

-- Every row keeps with the next paragraph, so the table stays on one page with what follows it
-- in the div (a source line); as narrow as its content, not the whole text width.
local function keep_table(tbl)
  for _, rows in ipairs({ tbl.head.rows, table.unpack(tbl.bodies) }) do
    for _, row in ipairs(rows.body or rows) do
      for _, cell in ipairs(row.cells) do
        local blocks = cell.contents:walk({
          Plain = function(p) return pandoc.Para(p.content) end,
        })
        cell.contents = { pandoc.Div(blocks, { ["custom-style"] = "Table Text Keep" }) }
      end
    end
  end
  local n = #tbl.colspecs
  for i, spec in ipairs(tbl.colspecs) do
    if spec[2] == nil or spec[2] == 0 then
      tbl.colspecs[i] = { spec[1], math.min(0.15, 0.9 / n) }
    end
  end
  return tbl
end

-- In a "keep" div the chart keeps with the table after it, and the table stays together.
local function keep_chart(para)
  if #para.content == 1 and para.content[1].t == "Image" then
    para.content[1].attributes["width"] = DOCX_CHART_WIDTH
    return pandoc.Div({ para }, { ["custom-style"] = "Chart" })
  end
end

local function docx_div(el)
  if has_class(el, "pagebreak") then
    return pandoc.RawBlock("openxml", '<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
  elseif has_class(el, "keep") then
    return el.content:walk({ Table = keep_table, Para = keep_chart })
  end
end

local function join_ranges(el)
  local text = el.text:gsub("(%d" .. EN_DASH .. ")(%d)", "%1" .. WORD_JOINER .. "%2")
  return pandoc.Str(text)
end

local function to_docx(doc)
  doc.blocks = doc.blocks:walk({ Div = docx_div })
  if doc.meta.title ~= nil and pandoc.utils.type(doc.meta.title) == "Inlines" then
    doc.meta.title = doc.meta.title:walk({ Str = join_ranges })
  end
  return doc
end

-- Markdown --------------------------------------------------------------------------------------

local function md_div(el)
  if has_class(el, "pagebreak") then
    return {}
  elseif has_class(el, "keep") or has_class(el, "chart") then
    return el.content
  end
end

-- Main ------------------------------------------------------------------------------------------

local function write_file(path, data)
  local f = assert(io.open(path, "wb"))
  f:write(data)
  f:close()
end

local function read_file(path)
  local f = assert(io.open(path, "rb"))
  local data = f:read("a")
  f:close()
  return data
end

local source = io.read("a")
local doc = pandoc.read(source, "markdown-implicit_figures", { columns = 72 })
doc = doc:walk(sanitise)

if options.docx then
  local out = pandoc.write(to_docx(doc:clone()), "docx+native_numbering", {
    reference_doc = options["reference-doc"],
    table_of_contents = options.toc ~= "false",
    toc_depth = 2,
  })
  write_file(options.docx, out)
end

if options.typst then
  local path = options["typst-template"]
  local template = pandoc.template.compile(read_file(path), path)
  local out = pandoc.write(to_typst(doc:clone()), "typst", {
    template = template,
    table_of_contents = options.toc ~= "false",
    toc_depth = 2,
    wrap_text = "wrap-none",
  })
  write_file(options.typst, out)
end

if options.md then
  local out = pandoc.write(
    pandoc.Pandoc(doc.blocks:walk({ Div = md_div }), doc.meta),
    "markdown-implicit_figures-smart-simple_tables-multiline_tables-grid_tables",
    { template = pandoc.template.default("markdown"), wrap_text = "wrap-none" }
  )
  write_file(options.md, out)
end
