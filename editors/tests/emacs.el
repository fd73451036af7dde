;;; emacs.el --- drives itudraft from Emacs with eglot, in batch mode -*- lexical-binding: t; -*-
;; ITUDRAFT_BIN=… ITUDRAFT_SEED=seeds/002_….txt emacs --batch -Q -l editors/tests/emacs.el
;; Exits 0 when flymake shows the server's diagnostics and imenu its outline, 1 otherwise.

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
  (princ "emacs: ok (flymake diagnostics, imenu outline of the 5 draft opinions)\n" #'external-debugging-output)
  (let ((server (eglot-current-server)))
    (when server (ignore-errors (eglot-shutdown server))))
  (kill-emacs 0))
