import DraftAnalysis

/// `itudraft completions bash|zsh|fish`: a completion script for the shell, with the commands,
/// the options of check and the rule codes after --select and --ignore.
enum CompletionsCommand {
    static let commands = ["check", "outline", "convert", "rules", "align", "lsp", "completions"]
    static let checkOptions = ["--format", "--output-format", "--color", "--statistics", "--fail-on", "--lang", "--select", "--ignore",
                               "--stdin-filename", "--config", "--versions", "--revisions", "--show-suppressed", "--fix", "--diff", "--help"]

    static func script(_ shell: String) -> String? {
        let codes = RuleRegistry.codes.joined(separator: " ")
        switch shell {
        case "bash":
            return """
            # itudraft completion for bash: eval "$(itudraft completions bash)"
            _itudraft() {
              local cur prev
              cur="${COMP_WORDS[COMP_CWORD]}"; prev="${COMP_WORDS[COMP_CWORD-1]}"
              if [ "$COMP_CWORD" -eq 1 ]; then COMPREPLY=($(compgen -W "\(commands.joined(separator: " ")) --version --help" -- "$cur")); return; fi
              case "$prev" in
                --select|--ignore) COMPREPLY=($(compgen -W "\(codes)" -- "$cur")); return;;
                --format) COMPREPLY=($(compgen -W "text json sarif github" -- "$cur")); return;;
                --output-format) COMPREPLY=($(compgen -W "full concise" -- "$cur")); return;;
                --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return;;
                --fail-on) COMPREPLY=($(compgen -W "error warning information hint never" -- "$cur")); return;;
                --lang) COMPREPLY=($(compgen -W "zh en" -- "$cur")); return;;
                completions) COMPREPLY=($(compgen -W "bash zsh fish" -- "$cur")); return;;
              esac
              case "${COMP_WORDS[1]}" in
                check) COMPREPLY=($(compgen -W "\(checkOptions.joined(separator: " "))" -- "$cur") $(compgen -f -- "$cur"));;
                rules) COMPREPLY=($(compgen -W "\(codes) --lang --format" -- "$cur"));;
                *) COMPREPLY=($(compgen -f -- "$cur"));;
              esac
            }
            complete -F _itudraft itudraft

            """
        case "zsh":
            return """
            #compdef itudraft
            # itudraft completion for zsh: itudraft completions zsh > "${fpath[1]}/_itudraft"
            _itudraft() {
              if (( CURRENT == 2 )); then compadd \(commands.joined(separator: " ")) --version --help; return; fi
              case "$words[CURRENT-1]" in
                --select|--ignore) compadd \(codes); return;;
                --format) compadd text json sarif github; return;;
                --output-format) compadd full concise; return;;
                --color) compadd auto always never; return;;
                --fail-on) compadd error warning information hint never; return;;
                --lang) compadd zh en; return;;
              esac
              case "$words[2]" in
                check) compadd -- \(checkOptions.joined(separator: " ")); _files;;
                rules) compadd \(codes);;
                completions) compadd bash zsh fish;;
                *) _files;;
              esac
            }
            compdef _itudraft itudraft

            """
        case "fish":
            var out = "# itudraft completion for fish: itudraft completions fish > ~/.config/fish/completions/itudraft.fish\n"
            out += "complete -c itudraft -f -n '__fish_use_subcommand' -a '\(commands.joined(separator: " "))'\n"
            for option in checkOptions {
                out += "complete -c itudraft -n '__fish_seen_subcommand_from check' -l \(option.dropFirst(2))\n"
            }
            out += "complete -c itudraft -n '__fish_seen_subcommand_from check' -l select -l ignore -x -a '\(codes)'\n"
            out += "complete -c itudraft -n '__fish_seen_subcommand_from rules' -x -a '\(codes)'\n"
            out += "complete -c itudraft -n '__fish_seen_subcommand_from completions' -x -a 'bash zsh fish'\n"
            return out
        default:
            return nil
        }
    }

    static func run(_ args: [String]) -> Int32 {
        guard args.count == 1, let script = script(args[0]) else {
            FileIO.writeStderr("usage: itudraft completions bash|zsh|fish\n")
            return 2
        }
        FileIO.writeStdout(script)
        return 0
    }
}
