" Drives itudraft from Vim with ALE, through editors/vim/itudraft.vim, as a user's vimrc loads it
" (editors/tests/run writes the vimrc: `packadd! ale` or `packadd ale`, then the configuration):
"   ITUDRAFT_RESULT=out.txt vim -N -u VIMRC -i NONE --not-a-term -S editors/tests/vim.vim COPY_OF_SEED_002
" The draft is only opened: diagnostics must come without an edit. Then hover, the quick fix of
" 的的 and a label rename are run as a user runs them (:ALEHover, :ALECodeAction, :ALERename, with
" ALE's prompts answered), and the whole buffer is compared byte for byte after each.
" Writes "ok …" or "FAIL …" to $ITUDRAFT_RESULT, then quits (exit 1 on failure).
scriptencoding utf-8
let s:result = $ITUDRAFT_RESULT

function! s:Finish(message) abort
  call writefile([a:message], s:result)
  if a:message =~# '^ok' | qall! | else | cquit! | endif
endfunction

function! s:WaitFor(what, condition, seconds) abort
  let l:waited = 0
  while l:waited < a:seconds * 10 && !eval(a:condition)
    sleep 100m
    let l:waited += 1
  endwhile
  if !eval(a:condition) | call s:Finish('FAIL ' . a:what . ' within ' . a:seconds . ' s') | endif
endfunction

function! s:Expect(expected, what) abort
  let l:actual = getline(1, '$')
  if l:actual ==# a:expected | return | endif
  for l:n in range(max([len(l:actual), len(a:expected)]))
    if get(l:actual, l:n, '<none>') !=# get(a:expected, l:n, '<none>')
      call s:Finish('FAIL ' . a:what . ': line ' . (l:n + 1) . ' is "' . get(l:actual, l:n, '<none>') . '", expected "' . get(a:expected, l:n, '<none>') . '"')
    endif
  endfor
endfunction

" ALE asks with ale#util#Input (the code action to take, the new name); the test answers.
let s:answer = ''
function! s:Answer(prompt) abort
  if s:answer =~# '^title:'
    for l:line in split(a:prompt, "\n")
      if stridx(l:line, s:answer[6:]) >= 0 | return matchstr(l:line, '^\d\+') | endif
    endfor
    call s:Finish('FAIL ALE offered no code action titled ' . s:answer[6:] . ":\n" . a:prompt)
  endif
  return s:answer
endfunction

function! s:Run() abort
  runtime autoload/ale/util.vim
  function! ale#util#Input(message, value, ...) abort
    return s:Answer(a:message)
  endfunction
  if &filetype !=# 'itu' | call s:Finish('FAIL seed 002 has filetype ' . &filetype . ', not itu') | endif
  let l:original = getline(1, '$')

  " 1. Diagnostics on open, in the right columns (ALE counts bytes: 的的 on line 262).
  call s:WaitFor('no diagnostics in the location list after opening the draft', 'len(getloclist(0)) > 0', 20)
  let l:items = getloclist(0)
  let l:texts = join(map(copy(l:items), 'v:val.text'), "\n")
  for l:expected in ['is typed twice', 'English word "and"', 'no space belongs between Chinese characters']
    if stridx(l:texts, l:expected) < 0 | call s:Finish('FAIL the location list lacks ' . l:expected . ":\n" . l:texts) | endif
  endfor
  let l:doubled = filter(copy(l:items), 'v:val.text =~# "is typed twice"')
  let l:col = stridx(getline(262), '的的') + 1
  if empty(l:doubled) || l:doubled[0].lnum != 262 || l:doubled[0].col != l:col
    call s:Finish('FAIL the doubled 的 is not at 262:' . l:col . ': ' . string(l:doubled))
  endif

  " 2. Hover on 上述认为“1”段 (draft opinion 4) shows the paragraph it names.
  let g:ale_hover_to_preview = 1
  call cursor(474, stridx(getline(474), '上述认为“1”段') + 1 + strlen('上述认为“'))
  ALEHover
  call s:WaitFor('no hover preview on 上述认为“1”段', '!empty(filter(range(1, winnr("$")), "getwinvar(v:val, \"&previewwindow\")"))', 10)
  let l:preview = filter(range(1, winnr('$')), 'getwinvar(v:val, "&previewwindow")')[0]
  let l:shown = join(getbufline(winbufnr(l:preview), 1, '$'), "\n")
  if stridx(l:shown, '为数字创新生态系统营造有利环境') < 0 | call s:Finish('FAIL hover on 上述认为“1”段 shows: ' . l:shown) | endif
  pclose

  " 3. The quick fix of 的的 deletes exactly one 的.
  call cursor(262, l:col)
  let s:answer = 'title:Delete one "的"'
  ALECodeAction
  call s:WaitFor('the quick fix did not change line 262', 'getline(262) !=# ' . string(l:original[261]), 10)
  let l:expected = copy(l:original)
  let l:expected[261] = substitute(l:expected[261], '的的', '的', '')
  call s:Expect(l:expected, 'after the quick fix of 的的')

  " 4. Renaming label 1 of 认为 (draft opinion 1) to 9 rewrites it and its five references
  " (to 6 is refused: 认为 has a 6 already).
  call cursor(250, 1)
  let s:answer = '9'
  ALERename
  call s:WaitFor('the rename did not change line 250', 'getline(250) !=# ' . string(l:expected[249]), 10)
  let l:expected[249] = substitute(l:expected[249], '^1', '9', '')
  for l:n in range(250, 261)
    let l:expected[l:n] = substitute(l:expected[l:n], '认为1段', '认为9段', 'g')
  endfor
  call s:Expect(l:expected, 'after renaming label 1 to 9')

  " 5. A new .txt becomes a draft once its title is typed.
  execute 'edit ' . fnameescape(tempname() . '.txt')
  if &filetype ==# 'itu' | call s:Finish('FAIL an empty .txt is taken for a draft') | endif
  call setline(1, ['意见9：新的意见', '第六届论坛（2021年，日内瓦），', '认为', '1 一段。'])
  doautocmd TextChanged
  if &filetype !=# 'itu' | call s:Finish('FAIL the new .txt did not become an ITU draft: ' . &filetype) | endif
  call s:Finish('ok ' . len(l:items) . ' diagnostics on open, hover, quick fix and rename byte for byte, a new draft')
endfunction

if empty(s:result) | cquit! | endif
" -S runs after the vimrc, the plugins (ALE, after packadd!) and the opening of the draft:
" what a user has before the first keystroke. (Without a terminal, Vim would stop at EOF on
" standard input before VimEnter.)
call s:Run()
