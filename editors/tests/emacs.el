;;; emacs.el --- drives itudraft from Emacs with eglot, in batch mode -*- lexical-binding: t; -*-
;; ITUDRAFT_BIN=… ITUDRAFT_SEED=seeds/002_….txt emacs --batch -Q -l editors/tests/emacs.el
;; Exits 0 when flymake shows the server's diagnostics, imenu its outline, and hover, a quick fix,
;; a rename and a completion leave the buffer exactly as they must; 1 otherwise. The buffer is
;; edited, never saved (editors/tests/run gives it a copy of the seed all the same).

(require 'package)
(add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa")
(package-initialize)
(require 'eglot)
(require 'flymake)
(require 'imenu)
(require 'cl-lib)

(defun itudraft-test-fail (fmt &rest args)
  (princ (concat "emacs: FAIL " (apply #'format fmt args) "\n") #'external-debugging-output)
  (kill-emacs 1))

(defun itudraft-test-wait (what pred seconds)
  "Wait up to SECONDS for PRED, processing the server's output; fail with WHAT."
  (let ((deadline (+ (float-time) seconds)))
    (while (and (not (funcall pred)) (< (float-time) deadline))
      (accept-process-output nil 0.1))
    (unless (funcall pred) (itudraft-test-fail "%s within %s s" what seconds))))

;; The editing features, as a user runs them, each followed by a byte-for-byte comparison
;; of the whole buffer with what it must be.
(defun itudraft-test-goto (line needle &optional after)
  "Put point at NEEDLE on LINE (1-based), or just after it with AFTER."
  (goto-char (point-min))
  (forward-line (1- line))
  (unless (search-forward needle (line-end-position) t)
    (itudraft-test-fail "line %d has no %s" line needle))
  (unless after (goto-char (match-beginning 0))))

(defun itudraft-test-expect (expected what)
  (let ((actual (buffer-substring-no-properties (point-min) (point-max))))
    (unless (string= actual expected)
      (let ((a (split-string actual "\n")) (e (split-string expected "\n")) (n 1))
        (while (and a e (string= (car a) (car e))) (setq a (cdr a) e (cdr e) n (1+ n)))
        (itudraft-test-fail "%s: line %d is %S, expected %S" what n (car a) (car e))))))

(defun itudraft-test-replace-line (text line from to)
  "TEXT with the first FROM on LINE (1-based) replaced by TO."
  (let ((lines (split-string text "\n")))
    (setf (nth (1- line) lines) (replace-regexp-in-string (regexp-quote from) to (nth (1- line) lines) t t))
    (mapconcat #'identity lines "\n")))

(defun itudraft-test-editing ()
  (let ((expected (buffer-substring-no-properties (point-min) (point-max)))
        (server (eglot-current-server)))
    ;; Hover on 上述认为“1”段 (draft opinion 4): the paragraph it names.
    (itudraft-test-goto 474 "上述认为“1”段")
    (forward-char (length "上述认为“"))
    (let* ((hover (jsonrpc-request server :textDocument/hover (eglot--TextDocumentPositionParams)))
           (shown (and hover (eglot--hover-info (plist-get hover :contents)))))
      (unless (and shown (string-match-p "为数字创新生态系统营造有利环境" shown))
        (itudraft-test-fail "hover on 上述认为“1”段 shows %S" shown)))
    ;; The quick fix of 的的, picked from eglot's menu, deletes exactly one 的.
    (itudraft-test-goto 262 "的的")
    (cl-letf (((symbol-function 'completing-read)
               (lambda (_prompt items &rest _)
                 (or (cl-find-if (lambda (title) (string-match-p "Delete one" title)) (mapcar #'car items))
                     (itudraft-test-fail "no quick fix for 的的 among %S" (mapcar #'car items))))))
      (let ((last-nonmenu-event ?x))  ; a keyboard event: eglot asks with completing-read, not a popup menu
        (eglot-code-actions (point) (+ (point) 2) nil t)))
    (setq expected (itudraft-test-replace-line expected 262 "的的" "的"))
    (itudraft-test-expect expected "after the quick fix of 的的")
    ;; Renaming label 1 of 认为 (draft opinion 1) to 9: the label and its five references.
    (goto-char (point-min))
    (forward-line 249)
    (eglot-rename "9")
    (setq expected (itudraft-test-replace-line expected 250 "1 以包容性" "9 以包容性"))
    (dolist (line '(252 254 256 258 262))
      (setq expected (itudraft-test-replace-line expected line "认为1段" "认为9段")))
    (itudraft-test-expect expected "after renaming label 1 to 9")
    ;; Completion after 上述认为, accepted as completion-at-point does: eglot filters the
    ;; candidates on the text from the symbol's start to point.
    (itudraft-test-goto 262 "法律环境的" t)
    (insert "见上述认为")
    (eglot--signal-textDocument/didChange)
    (let* ((capf (eglot-completion-at-point))
           (start (nth 0 capf)) (table (nth 2 capf)) (props (nthcdr 3 capf))
           (typed (buffer-substring-no-properties start (point)))
           (candidates (all-completions typed table))
           (chosen (cl-find-if (lambda (c) (equal "9" (plist-get (get-text-property 0 'eglot--lsp-item c) :label))) candidates)))
      (unless chosen (itudraft-test-fail "completion after 上述认为: no match for %S among %S" typed candidates))
      (delete-region start (point))
      (insert chosen)
      (funcall (plist-get props :exit-function) chosen 'finished))
    (setq expected (itudraft-test-replace-line expected 262 "法律环境的；" "法律环境的见上述认为9段；"))
    (itudraft-test-expect expected "after completing 上述认为")))

;; A new .txt becomes a draft once its title is typed.
(defun itudraft-test-new-draft ()
  (let ((file (make-temp-file "itudraft-new" nil ".txt")))
    (delete-file file)
    (find-file file)
    (unless (eq major-mode 'text-mode) (itudraft-test-fail "a new .txt opened in %s, not text-mode" major-mode))
    (insert "意见9：新的意见\n第六届论坛（2021年，日内瓦），\n认为\n1 一段。\n")
    (itudraft-test-wait "the new .txt did not become an ITU draft" (lambda () (eq major-mode 'itudraft-mode)) 5)
    (set-buffer-modified-p nil)
    (kill-buffer)))

(let* ((here (file-name-directory (or load-file-name buffer-file-name)))
       (bin (or (getenv "ITUDRAFT_BIN") (itudraft-test-fail "ITUDRAFT_BIN is not set")))
       (seed (or (getenv "ITUDRAFT_SEED") (itudraft-test-fail "ITUDRAFT_SEED is not set"))))
  (load (expand-file-name "../emacs/itudraft.el" here))
  (setq itudraft-command (list bin "lsp")
        itudraft-locale "en"
        eglot-connect-timeout 20
        eglot-sync-connect 20)
  (find-file seed)
  (unless (eq major-mode 'itudraft-mode)
    (itudraft-test-fail "seed 002 opened in %s, not itudraft-mode" major-mode))
  ;; eglot-ensure waits for a command loop that batch mode never runs: connect directly.
  (condition-case err
      (apply #'eglot (eglot--guess-contact))
    (error (itudraft-test-fail "eglot could not start the server: %S" err)))
  (unless (eglot-current-server) (itudraft-test-fail "no eglot server for the seed"))
  (flymake-mode 1)
  (flymake-start)
  (itudraft-test-wait "no flymake diagnostics from the server"
                      (lambda () (flymake-start) (> (length (flymake-diagnostics)) 0)) 20)
  (let* ((texts (mapcar #'flymake-diagnostic-text (flymake-diagnostics)))
         (all (mapconcat #'identity texts "\n")))
    (dolist (expected '("is typed twice" "English word \"and\"" "no space belongs between Chinese characters"))
      (unless (string-match-p (regexp-quote expected) all)
        (itudraft-test-fail "flymake lacks the known slip %S among:\n%s" expected all)))
    (princ (format "emacs: %d flymake diagnostics\n" (length texts)) #'external-debugging-output))
  ;; imenu from the server's documentSymbol.
  (setq imenu--index-alist nil)
  ;; eglot 1.9 groups entries by symbol kind (Module, Class, …): collect every name at any depth.
  (let* ((index (imenu--make-index-alist t))
         (collected nil)
         (names (progn
                  (cl-labels ((walk (entries)
                                (dolist (e entries)
                                  (when (consp e)
                                    (push (format "%s" (car e)) collected)
                                    (when (listp (cdr e)) (walk (cdr e)))))))
                    (walk index))
                  (mapconcat #'identity (nreverse collected) "\n"))))
    (dolist (n '("意见1草案" "意见2草案" "意见3草案" "意见4草案" "意见5草案"))
      (unless (string-match-p (regexp-quote n) names)
        (itudraft-test-fail "imenu lacks %s; it has:\n%s" n names))))
  (itudraft-test-editing)
  (itudraft-test-new-draft)
  (princ "emacs: ok (flymake diagnostics, imenu outline of the 5 draft opinions; hover, quick fix, rename and completion byte for byte)\n"
         #'external-debugging-output)
  (let ((server (eglot-current-server)))
    (when server (ignore-errors (eglot-shutdown server))))
  (kill-emacs 0))
