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
  " A new .txt (or one without a title yet) becomes a draft once its title is typed.
  autocmd TextChanged,InsertLeave *.txt,*.md if &filetype !=# 'itu' && s:IsDraft() | set filetype=itu | endif
augroup END

" The locale for messages: Vim's clients send none, so it goes in the initialization options.
" Columns too: ALE counts them in bytes and vim-lsp in characters, and neither says so, so
" each tells the server its unit (the server would otherwise count UTF-16 units).
function! s:Options(encoding, ...) abort
  return {'locale': empty($LC_ALL) ? (empty($LANG) ? 'en' : $LANG) : $LC_ALL, 'positionEncoding': a:encoding}
endfunction

function! s:ProjectRoot(buffer) abort
  let l:dir = fnamemodify(bufname(a:buffer), ':p:h')
  let l:marker = findfile('.itudraft.json', l:dir . ';')
  if !empty(l:marker) | return fnamemodify(l:marker, ':p:h') | endif
  let l:git = finddir('.git', l:dir . ';')
  return empty(l:git) ? l:dir : fnamemodify(l:git, ':p:h:h')
endfunction

" ALE: a stdio LSP linter for the itu filetype. It can be defined as soon as ALE is on
" 'runtimepath' (after `packadd! ale` its plugin is loaded only after the vimrc): drafts opened
" from the command line are then checked on open, not after the first edit.
let s:ale_defined = 0
function! s:DefineALE() abort
  if s:ale_defined | return | endif
  if !exists('g:loaded_ale') && empty(globpath(&runtimepath, 'autoload/ale/linter.vim', 1)) | return | endif
  let s:ale_defined = 1
  call ale#linter#Define('itu', {
  \   'name': 'itudraft',
  \   'lsp': 'stdio',
  \   'executable': {b -> g:itudraft_command[0]},
  \   'command': {b -> join(map(copy(g:itudraft_command), 'ale#Escape(v:val)'), ' ')},
  \   'project_root': function('s:ProjectRoot'),
  \   'initialization_options': function('s:Options', ['utf-8']),
  \ })
  " Drafts ALE already saw without this linter (it was found late, at VimEnter) are checked now.
  if exists('g:loaded_ale') && v:vim_did_enter
    for l:buffer in filter(range(1, bufnr('$')), 'bufloaded(v:val) && getbufvar(v:val, "&filetype") ==# "itu"')
      call ale#Queue(0, 'lint_file', l:buffer)
    endfor
  endif
endfunction

" vim-lsp: the same server.
function! s:RegisterVimLsp() abort
  if !exists('*lsp#register_server') | return | endif
  call lsp#register_server({
  \   'name': 'itudraft',
  \   'cmd': {server_info -> g:itudraft_command},
  \   'allowlist': ['itu'],
  \   'initialization_options': s:Options('utf-32'),
  \ })
endfunction

augroup itudraft_lsp
  autocmd!
  autocmd User lsp_setup call s:RegisterVimLsp()
  autocmd VimEnter * call s:DefineALE()
augroup END
call s:DefineALE()
