-- hyteplan's pandoc filter: a second line of defence behind escaping, and the few layout
-- features Markdown cannot express for both DOCX and typst.
--
-- * Raw blocks and inlines (OOXML, typst, HTML, LaTeX) are removed: escaped user text can never
--   produce them, so any that appear did not come from our templates' intent. Templates ask for a
--   page break with an empty div of class "pagebreak" instead.
-- * An image is kept only if its source lies in the chart directory named by the metadata field
--   `hyteplan-image-dir`; any other image becomes its alt text, so no local file can be embedded.
-- * For typst, every text node is written by us with *every* ASCII punctuation character
--   escaped. pandoc's typst writer leaves "8. " at the start of a table cell (an enumeration),
--   "= " (a heading), "- ", "+ " and "..." (an ellipsis) as typst markup; escaped, they are text.
-- * For typst, images become `#image("...", alt: "...")`, because pandoc's typst writer drops alt
--   text and PDF/UA-1 requires it.

local image_dir = nil

local function typst_string(s)
  s = s:gsub("\\", "\\\\"):gsub('"', '\\"'):gsub("[\r\n\t]", " ")
  return '"' .. s .. '"'
end

local function typst_text(s)
  return (s:gsub("%p", "\\%0"))
end

local function is_typst()
  return FORMAT:match("typst") ~= nil
end

local function allowed(src)
  if image_dir == nil or image_dir == "" then
    return false
  end
  local prefix = image_dir .. "/"
  return src:sub(1, #prefix) == prefix and not src:find("..", 1, true)
end

local function image(el)
  if not allowed(el.src) then
    return pandoc.Str(pandoc.utils.stringify(el.caption))
  end
  if is_typst() then
    local alt = pandoc.utils.stringify(el.caption)
    local width = el.attributes["width"]
    local args = typst_string(el.src) .. ", alt: " .. typst_string(alt)
    if width and width:match("^%d+%%$") then
      args = args .. ", width: " .. width
    end
    return pandoc.RawInline("typst", "#image(" .. args .. ")")
  end
  return el
end

local function pagebreak_block(el)
  if el.classes:includes("pagebreak") then
    if FORMAT:match("docx") then
      return pandoc.RawBlock("openxml", '<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
    elseif is_typst() then
      return pandoc.RawBlock("typst", "#pagebreak(weak: true)")
    end
    return {}
  end
end

local function str_to_typst(el)
  if is_typst() then
    return pandoc.RawInline("typst", typst_text(el.text))
  end
end

-- Metadata fields that the typst template places as content (not lang, papersize, ...).
local CONTENT_FIELDS = { "title", "subtitle", "author", "date", "toc-title", "abstract" }

local function meta_to_typst(meta)
  for _, key in ipairs(CONTENT_FIELDS) do
    local value = meta[key]
    local kind = value ~= nil and pandoc.utils.type(value) or nil
    if kind == "Inlines" or kind == "Blocks" then
      meta[key] = value:walk({ Str = str_to_typst })
    elseif kind == "List" then
      for i, item in ipairs(value) do
        local item_kind = pandoc.utils.type(item)
        if item_kind == "Inlines" or item_kind == "Blocks" then
          value[i] = item:walk({ Str = str_to_typst })
        end
      end
    end
  end
  return meta
end

return {
  {
    Meta = function(meta)
      if meta["hyteplan-image-dir"] then
        image_dir = pandoc.utils.stringify(meta["hyteplan-image-dir"])
      end
    end,
  },
  {
    RawBlock = function() return {} end,
    RawInline = function() return {} end,
  },
  {
    Image = image,
    Div = pagebreak_block,
  },
  {
    -- Not a plain Str filter: that would also rewrite metadata such as lang.
    Pandoc = function(doc)
      if is_typst() then
        doc.blocks = doc.blocks:walk({ Str = str_to_typst })
        doc.meta = meta_to_typst(doc.meta)
      end
      return doc
    end,
  },
}
