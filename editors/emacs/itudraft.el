;;; itudraft.el --- ITU drafts and the itudraft language server, for eglot and lsp-mode -*- lexical-binding: t; -*-

;; Load it from your init file:  (load "/path/to/editors/emacs/itudraft.el")
;; Then M-x eglot in a draft (or (add-hook 'itudraft-mode-hook #'eglot-ensure)), or M-x lsp
;; with lsp-mode.  Set `itudraft-command' when itudraft is not on PATH.

;;; Code:

(defgroup itudraft nil "ITU opinion and resolution drafts." :group 'text)

(defcustom itudraft-command '("itudraft" "lsp")
  "The command that starts the itudraft language server."
  :type '(repeat string))

(defcustom itudraft-locale nil
  "Language of itudraft's messages (\"zh\" or \"en\"); nil follows LANG."
  :type '(choice (const nil) string))

(define-derived-mode itudraft-mode text-mode "ITU-Draft"
  "Major mode for ITU opinion, resolution and decision drafts.")

;; *.itu.txt / *.itu.md always; other .txt/.md files when an instrument's title is near the top.
(add-to-list 'auto-mode-alist '("\\.itu\\.\\(txt\\|md\\)\\'" . itudraft-mode))

(defconst itudraft--title-regexp
  (concat "^[ \t#*]*\\(?:意见[ \t]*[0-9]+[ \t]*\\(?:草案\\)?[ \t]*[：:]"
          "\\|第[ \t]*[0-9]+[ \t]*号决[议定]"
          "\\|[Dd]raft [Oo]pinion [0-9]+\\|Opinion [0-9]+[ \t]*:\\|Resolution [0-9]+ (\\)")
  "A line that starts an ITU instrument.")

(defun itudraft--draft-p ()
  "Whether the buffer (a .txt or .md file) holds an ITU instrument's title."
  (and buffer-file-name
       (string-match-p "\\.\\(txt\\|md\\)\\'" buffer-file-name)
       ;; set-auto-mode narrows to the first 4000 characters; a title may come later.
       (save-excursion
         (save-restriction
           (widen)
           (goto-char (point-min))
           (re-search-forward itudraft--title-regexp (save-excursion (forward-line 400) (point)) t)))))

;; magic-mode-alist is read before auto-mode-alist, which would make any .txt text-mode.
(add-to-list 'magic-mode-alist '(itudraft--draft-p . itudraft-mode))

;; A new .txt (or one without a title yet) becomes a draft once its title is typed. The mode
;; changes after the edit, never inside the change hook that noticed it.
(defun itudraft--recheck (&rest _)
  (when (and (not (derived-mode-p 'itudraft-mode)) (itudraft--draft-p))
    (let ((buffer (current-buffer)))
      (run-at-time 0 nil (lambda ()
                           (when (buffer-live-p buffer)
                             (with-current-buffer buffer
                               (unless (derived-mode-p 'itudraft-mode) (itudraft-mode)))))))))

(defun itudraft--watch-new-drafts ()
  (when (and buffer-file-name (string-match-p "\\.\\(txt\\|md\\)\\'" buffer-file-name)
             (not (derived-mode-p 'itudraft-mode)))
    (add-hook 'after-change-functions #'itudraft--recheck nil t)))
(add-hook 'text-mode-hook #'itudraft--watch-new-drafts)

(defun itudraft--locale ()
  (or itudraft-locale (getenv "LC_ALL") (getenv "LANG") "en"))

;; eglot: the server, with the locale in initializationOptions (eglot sends none).
(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs
               `(itudraft-mode . ,(lambda (&rest _)
                                    (append itudraft-command
                                            (list :initializationOptions
                                                  (list :locale (itudraft--locale))))))))

;; lsp-mode: a stdio client for the same server.
(with-eval-after-load 'lsp-mode
  (add-to-list 'lsp-language-id-configuration '(itudraft-mode . "itu"))
  (lsp-register-client
   (make-lsp-client :new-connection (lsp-stdio-connection (lambda () itudraft-command))
                    :activation-fn (lsp-activate-on "itu")
                    :initialization-options (lambda () (list :locale (itudraft--locale)))
                    :server-id 'itudraft)))

(provide 'itudraft)
;;; itudraft.el ends here
