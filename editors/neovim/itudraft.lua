-- itudraft for Neovim: ITU draft filetype detection and the itudraft language server.
-- Neovim ≥ 0.11 uses vim.lsp.config + vim.lsp.enable; older Neovim (0.7 – 0.10) starts the
-- client itself. Usage, from init.lua:
--   require('itudraft').setup()            -- this file on 'runtimepath' as lua/itudraft.lua
--   dofile('/path/to/itudraft.lua').setup({ cmd = { '/path/to/itudraft', 'lsp' } })
local M = {}

M.filetype = 'itu'

-- A title at the start of a line: 意见4： / 意见1草案： / 第71号决议（…） / Draft Opinion 1: / Resolution 71 (…).
local title_patterns = {
  '^[%s#%*]*意见%s*%d+%s*草案%s*[：:]',
  '^[%s#%*]*意见%s*%d+%s*[：:]',
  '^[%s#%*]*第%s*%d+%s*号决议',
  '^[%s#%*]*第%s*%d+%s*号决定',
  '^[%s#%*]*[Dd]raft [Oo]pinion %d+',
  '^[%s#%*]*Opinion %d+%s*:',
  '^[%s#%*]*Resolution %d+ %(',
}

--- Whether these lines hold an ITU instrument's title (a .txt or .md that is a draft).
function M.is_draft(lines)
  for _, line in ipairs(lines) do
    for _, pattern in ipairs(title_patterns) do
      if line:find(pattern) then return true end
    end
  end
  return false
end

local function buffer_is_draft(bufnr)
  return M.is_draft(vim.api.nvim_buf_get_lines(bufnr, 0, 400, false))
end

-- A new .txt (or one without a title yet) becomes a draft once a title is typed: its changes
-- are watched, at most one check per batch of changes, until then.
local function watch_until_draft(bufnr)
  local pending, done = false, false
  vim.api.nvim_buf_attach(bufnr, false, {
    on_lines = function()
      if done then return true end
      if pending then return end
      pending = true
      vim.schedule(function()
        pending = false
        if done or not vim.api.nvim_buf_is_valid(bufnr) then return end
        if vim.bo[bufnr].filetype == M.filetype or buffer_is_draft(bufnr) then
          done = true
          if vim.bo[bufnr].filetype ~= M.filetype then vim.bo[bufnr].filetype = M.filetype end
        end
      end)
    end,
  })
end

local function detect_filetype()
  if vim.filetype and vim.filetype.add then
    -- *.itu.txt / *.itu.md always; other .txt/.md files when they hold an instrument's title.
    local function by_content(_, bufnr)
      if bufnr and buffer_is_draft(bufnr) then return M.filetype end
    end
    vim.filetype.add({
      pattern = {
        ['.*%.itu%.txt'] = M.filetype,
        ['.*%.itu%.md'] = M.filetype,
        ['.*%.txt'] = { by_content, { priority = -1 } },
        ['.*%.md'] = { by_content, { priority = -1 } },
      },
    })
  end
  -- Neovim 0.7 has no vim.filetype.add; later ones also read the content after loading.
  local group = vim.api.nvim_create_augroup('itudraft_filetype', { clear = true })
  vim.api.nvim_create_autocmd({ 'BufRead', 'BufNewFile' }, {
    group = group,
    pattern = { '*.itu.txt', '*.itu.md' },
    callback = function(args) vim.bo[args.buf].filetype = M.filetype end,
  })
  vim.api.nvim_create_autocmd({ 'BufRead', 'BufNewFile' }, {
    group = group,
    pattern = { '*.txt', '*.md' },
    callback = function(args)
      if vim.bo[args.buf].filetype == M.filetype then return end
      if buffer_is_draft(args.buf) then
        vim.bo[args.buf].filetype = M.filetype
      else
        watch_until_draft(args.buf)
      end
    end,
  })
end

local function root_dir(bufnr)
  local path = vim.api.nvim_buf_get_name(bufnr)
  local dir = vim.fn.fnamemodify(path, ':p:h')
  local marker = vim.fn.findfile('.itudraft.json', dir .. ';')
  if marker ~= '' then return vim.fn.fnamemodify(marker, ':p:h') end
  local git = vim.fn.finddir('.git', dir .. ';')
  if git ~= '' then return vim.fn.fnamemodify(git, ':p:h:h') end
  return dir
end

--- Messages follow the editor's language: Neovim sends no locale, so it goes in the options.
local function locale()
  local lang = vim.v.lang or ''
  if lang == '' or lang == 'C' then lang = os.getenv('LC_ALL') or os.getenv('LANG') or 'en' end
  return lang
end

-- The keys the README documents, on the draft's buffer only: K hovers (Neovim 0.7 would run
-- 'keywordprg'), gd goes to the definition (Neovim maps no gd of its own to LSP).
local function on_attach(_, bufnr)
  if M.keys == false then return end
  local function map(lhs, fn, desc)
    vim.keymap.set('n', lhs, fn, { buffer = bufnr, silent = true, desc = desc })
  end
  map('K', vim.lsp.buf.hover, 'itudraft: hover')
  map('gd', vim.lsp.buf.definition, 'itudraft: go to the paragraph referred to')
end

function M.setup(opts)
  opts = opts or {}
  local cmd = opts.cmd or { 'itudraft', 'lsp' }
  local init_options = vim.tbl_extend('keep', opts.init_options or {}, { locale = locale() })
  M.keys = opts.keys
  detect_filetype()

  if vim.lsp.config and vim.lsp.enable then
    vim.lsp.config('itudraft', {
      cmd = cmd,
      filetypes = { M.filetype },
      root_markers = { '.itudraft.json', '.git' },
      init_options = init_options,
      on_attach = on_attach,
    })
    vim.lsp.enable('itudraft')
    return
  end

  -- Neovim 0.7 – 0.10: one client per root, attached to each draft buffer.
  local clients = {}
  vim.api.nvim_create_autocmd('FileType', {
    group = vim.api.nvim_create_augroup('itudraft_lsp', { clear = true }),
    pattern = M.filetype,
    callback = function(args)
      local root = root_dir(args.buf)
      local id = clients[root]
      if not id or not vim.lsp.get_client_by_id(id) then
        id = vim.lsp.start_client({
          name = 'itudraft',
          cmd = cmd,
          root_dir = root,
          init_options = init_options,
          on_attach = on_attach,
        })
        clients[root] = id
      end
      if id then vim.lsp.buf_attach_client(args.buf, id) end
    end,
  })
end

return M
