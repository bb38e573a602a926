export const USAGE = `copydesk: editorial QA and provenance checks for syndicated news

Usage:
  copydesk check <files|dirs|globs...> [options]   check articles (HTML, Markdown, text, ninjs JSON)
  copydesk inspect <file> [--format json] [--encoding <label>]   show what copydesk read: decoding, metadata, blocks
  copydesk rules [--format json]                    list every rule
  copydesk init                                     write a starter copydesk.config.json here
  copydesk --help | --version

Options for check:
  -f, --format <name>           report format (default: stylish); repeat for several reports:
                                  stylish  grouped by file, for people in a terminal
                                  json     the JSON report (version 1), for programs
                                  sarif    SARIF 2.1.0, for GitHub code scanning
                                  junit    JUnit XML, for CI test reports
                                  github   GitHub Actions annotations
                                  html     one self-contained page for editors
  -o, --output <file>           write the report of the --format before it to this file
                                (a format without --output goes to stdout; only one may)
                                e.g. --format json -o report.json --format html -o report.html
      --color, --no-color       force or forbid colours in stylish output (default: on a terminal,
                                unless NO_COLOR is set; FORCE_COLOR forces them)
  -c, --config <file>           use this config (default: nearest copydesk.config.json)
      --preset <ap|reuters|bbc|guardian>   house style (default: ap)
      --rule <id>=<off|info|warning|error> set a rule's severity (repeatable)
      --max-warnings <n>        exit 1 when there are more than n warnings
      --quiet                   report errors only
      --fix                     write safe fixes back to the files
      --fix-dry-run             print the fixes as a unified diff, write nothing
      --sources <paths>         originals to verify quotations against (repeatable)
      --concurrency <n|auto|off> worker threads (default: auto, none below 200 files)
      --max-file-size <MB>      skip larger files with an error (default: 10)
      --max-file-time <s>       stop a file that takes longer on a worker thread (default: 30)
      --worker-memory <MB>      heap cap of each worker thread (default: 768, or node's own
                                --max-old-space-size when it was given one)
      --encoding <label>        encoding of files that are not UTF-8 and declare none (e.g. windows-1252)

Exit codes: 0 no error-severity findings; 1 error-severity findings or too many warnings;
2 the run failed (usage, config, unreadable or undecodable input).
`;
