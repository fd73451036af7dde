" itudraft for Vim: ITU draft filetype detection, and the itudraft language server for ALE
" (and vim-lsp when it is installed). Source it from your vimrc:
"   source /path/to/editors/vim/itudraft.vim
" Set g:itudraft_command to a list when itudraft is not on PATH.
scriptencoding utf-8
if exists('g:loaded_itudraft') | finish | endif
let g:loaded_itudraft = 1

let g:itudraft_command = get(g:, 'itudraft_command', ['itudraft', 'lsp'])

" *.itu.txt / *.itu.md always; other .txt/.md files when an instrument's title is near the top.
let s:title = '\v^[ \t#*]*(意见\s*\d+\s*(草案)?\s*[：:]|第\s*\d+\s*号决[议定]|[Dd]raft [Oo]pinion \d+|Opinion \d+\s*:|Resolution \d+ \()'

function! s:IsDraft() abort
  for l:line in getline(1, 400)
    if l:line =~# s:title | return 1 | endif
  endfor
  return 0
endfunction

augroup itudraft_filetype
  autocmd!
  autocmd BufRead,BufNewFile *.itu.txt,*.itu.md setfiletype itu
  autocmd BufRead *.txt,*.md if &filetype !=# 'itu' && s:IsDraft() | set filetype=itu | endif
augroup END

" The locale for messages: Vim's clients send none, so it goes in the initialization options.
function! s:Options(...) abort
  return {'locale': empty($LC_ALL) ? (empty($LANG) ? 'en' : $LANG) : $LC_ALL}
endfunction

function! s:ProjectRoot(buffer) abort
  let l:dir = fnamemodify(bufname(a:buffer), ':p:h')
  let l:marker = findfile('.itudraft.json', l:dir . ';')
  if !empty(l:marker) | return fnamemodify(l:marker, ':p:h') | endif
  let l:git = finddir('.git', l:dir . ';')
  return empty(l:git) ? l:dir : fnamemodify(l:git, ':p:h:h')
endfunction

" ALE: a stdio LSP linter for the itu filetype.
function! s:DefineALE() abort
  " ale#linter#Define is autoloaded: it does not "exist" before its first call.
  if !exists('g:loaded_ale') | return | endif
  call ale#linter#Define('itu', {
  \   'name': 'itudraft',
  \   'lsp': 'stdio',
  \   'executable': {b -> g:itudraft_command[0]},
  \   'command': {b -> join(map(copy(g:itudraft_command), 'ale#Escape(v:val)'), ' ')},
  \   'project_root': function('s:ProjectRoot'),
  \   'initialization_options': function('s:Options'),
  \ })
endfunction

" vim-lsp: the same server.
function! s:RegisterVimLsp() abort
  if !exists('*lsp#register_server') | return | endif
  call lsp#register_server({
  \   'name': 'itudraft',
  \   'cmd': {server_info -> g:itudraft_command},
  \   'allowlist': ['itu'],
  \   'initialization_options': s:Options(),
  \ })
endfunction

augroup itudraft_lsp
  autocmd!
  autocmd User lsp_setup call s:RegisterVimLsp()
  autocmd VimEnter * call s:DefineALE()
augroup END
" When sourced after startup (or ALE is already loaded), define the linter now.
if v:vim_did_enter || exists('g:loaded_ale') | call s:DefineALE() | endif
