-- Drives the real itudraft server from Neovim, headless, through editors/neovim/itudraft.lua:
--   ITUDRAFT_BIN=… ITUDRAFT_SEED=seeds/002_….txt nvim --clean --headless -c 'luafile editors/tests/neovim.lua'
-- Exits 0 when every expectation holds, 1 (with the reason on stderr) otherwise.
local bin = assert(os.getenv('ITUDRAFT_BIN'), 'ITUDRAFT_BIN is not set')
local seed = assert(os.getenv('ITUDRAFT_SEED'), 'ITUDRAFT_SEED is not set')
local here = debug.getinfo(1, 'S').source:sub(2):match('(.*)/')

local function fail(msg)
  io.stderr:write('neovim: FAIL ' .. msg .. '\n')
  vim.cmd('cquit 1')
end

local function check(cond, msg)
  if not cond then fail(msg) end
end

dofile(here .. '/../neovim/itudraft.lua').setup({ cmd = { bin, 'lsp' }, init_options = { locale = 'en' } })
vim.cmd('edit ' .. vim.fn.fnameescape(seed))
local buf = vim.api.nvim_get_current_buf()
check(vim.bo[buf].filetype == 'itu', 'seed 002 is not detected as an ITU draft (filetype ' .. vim.bo[buf].filetype .. ')')

-- Diagnostics are pushed (Neovim 0.7 has no pull diagnostics).
local got = vim.wait(15000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
check(got, 'no diagnostics from the server within 15 s')
local codes = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
  codes[code] = (codes[code] or 0) + 1
end
for _, code in ipairs({ 'doubled-character', 'latin-word', 'stray-space', 'body-final-comma', 'abbr-two-abbreviations', 'label-style' }) do
  check(codes[code], 'the known slip ' .. code .. ' is not among the diagnostics')
end
io.stderr:write(('neovim: %d diagnostics\n'):format(#vim.diagnostic.get(buf)))

local function request(method, params)
  local responses = vim.lsp.buf_request_sync(buf, method, params, 10000)
  check(responses, method .. ': no answer')
  for _, r in pairs(responses) do
    check(not r.err, method .. ': ' .. vim.inspect(r.err))
    return r.result
  end
end

-- The outline: the five draft opinions with their sections.
local symbols = request('textDocument/documentSymbol', { textDocument = vim.lsp.util.make_text_document_params() })
local drafts = {}
for _, s in ipairs(symbols or {}) do
  if s.detail and s.detail:find('^draft%-opinion') then table.insert(drafts, s) end
end
check(#drafts == 5, 'expected the five draft opinions in the outline, got ' .. #drafts)
local names = {}
for _, section in ipairs(drafts[1].children or {}) do table.insert(names, section.name) end
check(table.concat(names, ' ') == '忆及 考虑到 认识到 认为 请成员国 请成员国、部门成员和其他利益攸关方共同协作 请秘书长',
  'draft opinion 1 sections: ' .. table.concat(names, ' '))
check(drafts[1].children[1].detail == 'recalling', 'the section detail is not its English gloss')
check(#(drafts[1].children[4].children or {}) == 8, '认为 of draft opinion 1 does not hold its 8 items')

-- The position encoding the client and server agreed on: UTF-16 for 0.7, UTF-8 from 0.11.
local clients = (vim.lsp.get_clients or vim.lsp.get_active_clients)({ bufnr = buf })
local encoding = clients[1] and clients[1].offset_encoding or 'utf-16'
io.stderr:write('neovim: position encoding ' .. encoding .. '\n')

-- Hover just inside the first occurrence of `needle` on line `line` (1-based).
local function hover_at(line, needle)
  local text = vim.api.nvim_buf_get_lines(buf, line - 1, line, false)[1]
  local byte = text:find(needle, 1, true)
  check(byte, 'line ' .. line .. ' has no ' .. needle)
  vim.api.nvim_win_set_cursor(0, { line, byte + 2 })  -- on the needle's second character
  local params = vim.lsp.util.make_position_params(0, encoding)
  local result = request('textDocument/hover', params)
  check(result and result.contents, 'no hover on ' .. needle)
  local contents = result.contents
  return type(contents) == 'string' and contents or contents.value or vim.inspect(contents)
end

local on_reference = hover_at(252, '上述认为1段')
check(on_reference:find('以包容性方式获取和使用', 1, true), 'hover on 上述认为1段 does not show 认为 1: ' .. on_reference)
local on_citation = hover_at(223, '第71号决议')
check(on_citation:find('71', 1, true) and on_citation:find('国际电联2020-2023年战略规划', 1, true),
  'hover on the citation of Resolution 71 lacks its number or title: ' .. on_citation)

-- Rename the label 1 of 认为 in draft opinion 1 from a reference to it (line 252), then let the
-- renumber code action put the section back in order: the buffer must be as it was.
local function line(n) return vim.api.nvim_buf_get_lines(buf, n - 1, n, false)[1] end
vim.bo[buf].readonly = false  -- the buffer is edited, never written
local before = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
local ref = line(252):find('上述认为1段', 1, true)
vim.api.nvim_win_set_cursor(0, { 252, ref - 1 + #'上述认为' })
local rename_params = vim.lsp.util.make_position_params(0, encoding)
rename_params.newName = '9'
local edit = request('textDocument/rename', rename_params)
check(edit and edit.changes, 'rename gave no edit')
vim.lsp.util.apply_workspace_edit(edit, encoding)
check(line(250):find('^9') and line(252):find('上述认为9段', 1, true) and line(258):find('上述认为9段', 1, true),
  'after renaming 1 to 9: ' .. line(250):sub(1, 20) .. ' / ' .. line(252))

local actions = request('textDocument/codeAction', {
  textDocument = vim.lsp.util.make_text_document_params(),
  range = { start = { line = 249, character = 0 }, ['end'] = { line = 249, character = 0 } },
  context = { diagnostics = {} },
})
local renumber
for _, a in ipairs(actions or {}) do
  if a.title:find('^Renumber') then renumber = a end
end
check(renumber and renumber.kind == 'quickfix', 'no renumber quick fix on the relabelled section')
vim.lsp.util.apply_workspace_edit(renumber.edit, encoding)
check(vim.deep_equal(vim.api.nvim_buf_get_lines(buf, 0, -1, false), before), 'renumbering did not restore the section: ' .. line(250):sub(1, 20))

-- The 的的 quick fix deletes exactly one 的.
local fix_line = line(262)
local at = fix_line:find('的的', 1, true)
vim.api.nvim_win_set_cursor(0, { 262, at - 1 })
local fix_params = vim.lsp.util.make_range_params(0, encoding)
fix_params.context = { diagnostics = {} }
local quick
for _, a in ipairs(request('textDocument/codeAction', fix_params) or {}) do
  if a.title == 'Delete one "的"' then quick = a end
end
check(quick and quick.edit, 'no quick fix "Delete one 的" on line 262')
vim.lsp.util.apply_workspace_edit(quick.edit, encoding)
local want = vim.deepcopy(before)
want[262] = fix_line:sub(1, at - 1) .. fix_line:sub(at + #'的')
check(vim.deep_equal(vim.api.nvim_buf_get_lines(buf, 0, -1, false), want), 'the quick fix changed more than one 的: ' .. line(262))

-- The keys the README documents, pressed as a user presses them: K shows the hover of the
-- reference, gd jumps to the paragraph it names.
local function mapped(lhs)
  local m = vim.fn.maparg(lhs, 'n', false, true)
  return m and m.buffer == 1
end
check(mapped('K') and mapped('gd'), 'K and gd are not mapped on the draft buffer')
local function floats()
  local n = 0
  for _, w in ipairs(vim.api.nvim_list_wins()) do
    if vim.api.nvim_win_get_config(w).relative ~= '' then n = n + 1 end
  end
  return n
end
vim.api.nvim_win_set_cursor(0, { 252, ref - 1 + #'上述认为' })
vim.api.nvim_feedkeys('K', 'x', false)
check(vim.wait(5000, function() return floats() > 0 end, 20), 'K showed no hover window')
for _, w in ipairs(vim.api.nvim_list_wins()) do
  if vim.api.nvim_win_get_config(w).relative ~= '' then vim.api.nvim_win_close(w, true) end
end
vim.api.nvim_win_set_cursor(0, { 252, ref - 1 + #'上述认为' })
vim.api.nvim_feedkeys('gd', 'x', false)
check(vim.wait(5000, function() return vim.api.nvim_win_get_cursor(0)[1] == 250 end, 20),
  'gd did not jump to 认为 1 (line 250): at line ' .. vim.api.nvim_win_get_cursor(0)[1])

-- A new .txt created in the running editor attaches once its title is typed.
local dir = vim.fn.tempname()
vim.fn.mkdir(dir, 'p')
vim.cmd('edit ' .. vim.fn.fnameescape(dir .. '/new.txt'))
local fresh = vim.api.nvim_get_current_buf()
check(vim.bo[fresh].filetype ~= 'itu', 'an empty .txt is taken for a draft')
vim.api.nvim_buf_set_lines(fresh, 0, -1, false, { '意见9：新的意见', '第六届论坛（2021年，日内瓦），', '认为', '1 的的一段。' })
check(vim.wait(5000, function() return vim.bo[fresh].filetype == 'itu' end, 20), 'the new draft did not become an ITU draft')
check(vim.wait(15000, function() return #vim.diagnostic.get(fresh) > 0 end, 50), 'the new draft got no diagnostics')
check(mapped('K'), 'K is not mapped on the new draft')

io.stderr:write('neovim: ok (diagnostics, outline of 5 draft opinions, hover on a reference and a citation, rename, renumber code action, quick fix, K and gd, a new draft)\n')
vim.cmd('qall!')
