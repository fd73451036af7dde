" Drives itudraft from Vim with ALE, through editors/vim/itudraft.vim:
"   ITUDRAFT_BIN=… ITUDRAFT_SEED=… ITUDRAFT_RESULT=out.txt vim -N -u NONE -i NONE --not-a-term -S editors/tests/vim.vim
" Writes "ok …" or "FAIL …" to $ITUDRAFT_RESULT, then quits (exit 1 on failure).
set nocompatible encoding=utf-8 fileencodings=utf-8
scriptencoding utf-8
let s:here = expand('<sfile>:p:h')
let s:result = $ITUDRAFT_RESULT

function! s:Finish(message) abort
  call writefile([a:message], s:result)
  if a:message =~# '^ok' | qall! | else | cquit! | endif
endfunction

if empty($ITUDRAFT_BIN) || empty($ITUDRAFT_SEED) | call s:Finish('FAIL ITUDRAFT_BIN or ITUDRAFT_SEED is not set') | endif
let g:itudraft_command = [$ITUDRAFT_BIN, 'lsp']
let $LANG = 'en'

" ALE from Debian's vim-ale, then the configuration under test.
set runtimepath^=/usr/share/vim-ale
set runtimepath+=/usr/share/vim-ale/after
filetype plugin on
let g:ale_set_loclist = 1
let g:ale_lint_on_enter = 1
runtime plugin/ale.vim
execute 'source ' . fnameescape(s:here . '/../vim/itudraft.vim')

execute 'edit ' . fnameescape($ITUDRAFT_SEED)
if &filetype !=# 'itu' | call s:Finish('FAIL seed 002 has filetype ' . &filetype . ', not itu') | endif
ALELint

" ALE fills the location list once the server has pushed its diagnostics.
let s:waited = 0
while s:waited < 200 && len(getloclist(0)) == 0
  sleep 100m
  let s:waited += 1
endwhile
let s:items = getloclist(0)
if empty(s:items) | call s:Finish('FAIL no diagnostics in the location list within 20 s') | endif
let s:texts = join(map(copy(s:items), 'v:val.text'), "\n")
for s:expected in ['is typed twice', 'English word "and"', 'no space belongs between Chinese characters']
  if stridx(s:texts, s:expected) < 0
    call s:Finish('FAIL the location list lacks ' . s:expected . ":\n" . s:texts)
  endif
endfor
call s:Finish('ok ' . len(s:items) . ' diagnostics in the location list')
