package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/archivelint/archivelint/checks"
	"github.com/archivelint/archivelint/internal/engine"
	"github.com/archivelint/archivelint/internal/report"
	"github.com/archivelint/archivelint/rules"
	"github.com/mattn/go-isatty"
	"github.com/rs/zerolog"
)

// Exit codes, as ESLint and ruff use them.
const (
	exitClean    = 0 // nothing at or above the fail level
	exitFindings = 1 // findings at or above the fail level
	exitError    = 2 // usage, configuration or I/O error, or an incomplete run
)

const usage = `archivelint finds what careful copy editors find in archival transcriptions.

Usage:
  archivelint lint [flags] [PATH...]    lint transcriptions (default: .)
  archivelint fix [flags] [PATH...]     apply safe fixes, then report what is left
  archivelint rules [flags]             list the rules: name, kind, category, severity
  archivelint explain RULE              describe a rule: what it finds, its kind, its HCL
  archivelint init                      write a commented starter .archivelint.hcl
  archivelint merge REPORT...           combine the json or sarif reports of --shard runs
  archivelint version                   print the version

Run "archivelint COMMAND -h" for a command's flags.
Exit codes: 0 clean, 1 findings at or above --fail-level, 2 usage, configuration or I/O error.
`

// env is what a command runs against; tests substitute every part.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	now            func() time.Time
	// collect, when set, turns the garbage collector on: main keeps it off while the
	// configuration is built (see main). configured calls it once.
	collect func()
}

// configured says start-up is over: the configuration is loaded, or the command loads none.
func (e *env) configured() {
	if e.collect != nil {
		e.collect()
		e.collect = nil
	}
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr, now: time.Now}
	return e.run(args)
}

func (e *env) run(args []string) int {
	if len(args) == 0 {
		args = []string{"lint"}
	}
	cmd, rest := args[0], args[1:]
	if cmd != "lint" && cmd != "fix" && cmd != "rules" && cmd != "explain" && !strings.HasPrefix(cmd, "-") && !fileExists(cmd) {
		e.configured() // a command that loads no configuration
	}
	switch cmd {
	case "lint":
		return e.lint(rest, false)
	case "fix":
		return e.lint(rest, true)
	case "rules":
		return e.rules(rest)
	case "explain":
		return e.explain(rest)
	case "init":
		return e.initConfig(rest)
	case "merge":
		return e.merge(rest)
	case "version", "--version", "-version":
		fmt.Fprintf(e.stdout, "archivelint %s\n", version())
		return exitClean
	case "help", "-h", "--help", "-help":
		fmt.Fprint(e.stdout, usage)
		return exitClean
	}
	if strings.HasPrefix(cmd, "-") || fileExists(cmd) {
		return e.lint(args, false) // "archivelint PATH" and "archivelint --format json ." mean lint
	}
	fmt.Fprintf(e.stderr, "archivelint: unknown command %q\n\n%s", cmd, usage)
	return exitError
}

func fileExists(p string) bool { _, err := os.Stat(p); return err == nil }

// version is the module version the binary was built from, or "devel".
func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 12 {
				return "devel+" + s.Value[:12]
			}
		}
	}
	return "devel"
}

// newFlags is a command's flag set: errors and usage go to stderr, after the usage line when
// one is given.
func (e *env) newFlags(name, usage string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	if usage != "" {
		fs.Usage = func() {
			fmt.Fprintf(e.stderr, "%s\n\nFlags:\n", usage)
			fs.PrintDefaults()
		}
	}
	return fs
}

// parseFlags parses a command's flags. When ok is false the command is over, with code: clean
// after -h, a usage error after a bad flag (the flag package has said which).
func parseFlags(fs *flag.FlagSet, args []string) (code int, ok bool) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitClean, false
		}
		return exitError, false
	}
	return exitClean, true
}

// commonFlags are the flags every command that loads a configuration takes.
type commonFlags struct {
	config   string
	logLevel string
}

func (c *commonFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&c.config, "config", "", "configuration `file` (default: .archivelint.hcl in this or a parent directory)")
	fs.StringVar(&c.logLevel, "log-level", "warn", "operational logs on stderr: debug, info, warn, error")
}

func (e *env) logger(level string) (zerolog.Logger, error) {
	lvl, err := zerolog.ParseLevel(level)
	if err != nil {
		return zerolog.Nop(), fmt.Errorf("--log-level: %q is not a level (debug, info, warn, error)", level)
	}
	w := zerolog.ConsoleWriter{Out: e.stderr, NoColor: !isTerminal(e.stderr), TimeFormat: "15:04:05"}
	return zerolog.New(w).Level(lvl).With().Timestamp().Logger(), nil
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}

// loadConfig loads packs and project configuration, printing diagnostics on stderr.
func (e *env) loadConfig(c commonFlags) (*rules.Config, bool) {
	cfg, diags := rules.Load(rules.Options{ConfigPath: c.config, Now: e.now})
	e.configured()
	if len(diags) > 0 {
		_ = rules.WriteDiagnostics(e.stderr, diags, cfg.Files)
	}
	return cfg, !diags.HasErrors()
}

func (e *env) lint(args []string, fix bool) int {
	name := "lint"
	if fix {
		name = "fix"
	}
	fs := e.newFlags(name, "Usage: archivelint "+name+" [flags] [PATH...]")
	var common commonFlags
	common.register(fs)
	format := fs.String("format", "", "output `format`: "+strings.Join(report.FormatNames(), ", ")+" (default: human on a terminal, json otherwise)")
	failLevel := fs.String("fail-level", "", "exit 1 when a finding is at least this `severity`: notice, warning, error (default: warning, or the configuration's)")
	workers := fs.Int("j", 0, "check `n` files at once (default: one more than the CPUs)")
	noColor := fs.Bool("no-color", false, "no colours in human output")
	unsafe := fs.Bool("unsafe-fixes", false, "with fix: also apply fixes that are not known to be safe")
	alsoFix := fs.Bool("fix", false, "apply safe fixes (the same as the fix command)")
	maxSize := fs.Int64("max-file-size", engine.DefaultMaxFileSize>>20, "skip files larger than this many `MB`")
	maxFindings := fs.Int("max-findings", engine.DefaultMaxFindings, "show at most `n` findings of one rule in one document, then how many more there are (0: all)")
	var flow workflowFlags
	flow.register(fs, fix)
	var prof profileFlags
	prof.register(fs)
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	fix = fix || *alsoFix
	log, err := e.logger(common.logLevel)
	if err != nil {
		fmt.Fprintln(e.stderr, "archivelint:", err)
		return exitError
	}
	stopProfile, err := prof.start()
	if err != nil {
		fmt.Fprintln(e.stderr, "archivelint:", err)
		return exitError
	}
	defer func() {
		if err := stopProfile(); err != nil {
			fmt.Fprintln(e.stderr, "archivelint: profile:", err)
		}
	}()
	cfg, ok := e.loadConfig(common)
	if !ok {
		return exitError
	}
	if *failLevel != "" {
		sev, ok := checks.ParseSeverity(*failLevel)
		if !ok || sev == checks.Off {
			fmt.Fprintf(e.stderr, "archivelint: --fail-level %q: use notice, warning or error\n", *failLevel)
			return exitError
		}
		cfg.FailLevel = sev
	}
	if *format == "" {
		*format = "json"
		if isTerminal(e.stdout) {
			*format = "human"
		}
	}
	f, err := report.Lookup(*format)
	if err != nil {
		fmt.Fprintln(e.stderr, "archivelint: --format:", err)
		return exitError
	}
	paths := fs.Args()
	if len(paths) == 0 {
		paths = []string{"."}
	}
	targets, errs := engine.Discover(paths, engine.Selector{Base: cfg.Dir, Include: cfg.Include, Exclude: cfg.Exclude})
	for _, err := range errs {
		fmt.Fprintln(e.stderr, "archivelint:", err)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	wf, targets, err := flow.start(ctx, e, cfg, targets, *unsafe)
	if err != nil {
		fmt.Fprintln(e.stderr, "archivelint:", err)
		return exitError
	}
	fix = fix && !flow.diff
	eng := &engine.Engine{Config: cfg, Log: log, Workers: *workers, MaxFileSize: *maxSize << 20, MaxFindings: *maxFindings, Corpus: wf.corpus}
	if *maxFindings == 0 {
		eng.MaxFindings = -1 // the engine's zero is its default
	}
	opts := report.Options{Color: !*noColor && isTerminal(e.stdout), Rules: append(append([]*checks.Rule{}, cfg.Rules...), engine.SuppressionRules()...), Config: cfg, Version: version()}
	rep, err := wf.reporter(f.New(e.stdout, opts), opts)
	if err != nil {
		fmt.Fprintln(e.stderr, "archivelint:", err)
		return exitError
	}
	defer wf.close()
	failed := false
	var fixed engine.FixStats
	sum := eng.Run(ctx, targets, func(r engine.FileResult) {
		if r.Err != nil {
			log.Error().Str("file", r.Target.Display).Err(r.Err).Msg("file not linted")
		}
		r = wf.file(r, func(r engine.FileResult) engine.FileResult {
			if fix && r.Err == nil && len(r.Crashes) == 0 {
				r = eng.Fix(r, *unsafe, &fixed)
			}
			return r
		})
		for _, fnd := range r.Findings {
			if fnd.Severity >= cfg.FailLevel {
				failed = true
			}
		}
		if err := rep.File(r); err != nil {
			log.Error().Err(err).Msg("cannot write the report")
		}
		wf.fileDone()
	})
	flowErr := wf.finish(&sum, log)
	if err := rep.Finish(sum); err != nil {
		log.Error().Err(err).Msg("cannot write the report")
	}
	log.Info().Int("files", sum.Files).Int("documents", sum.Documents).Int("findings", sum.Findings).
		Int64("bytes", sum.Bytes).Dur("elapsed", sum.Elapsed).Msg("done")
	if flowErr != nil {
		fmt.Fprintln(e.stderr, "archivelint:", flowErr)
	}
	if fix && !flow.quiet {
		fmt.Fprintf(e.stderr, "archivelint: fixed %d findings in %d files\n", fixed.Findings, fixed.Files)
		for _, err := range fixed.Errors {
			fmt.Fprintln(e.stderr, "archivelint:", err)
		}
	}
	switch {
	case len(errs) > 0 || sum.Errors > 0 || sum.Crashes > 0 || len(fixed.Errors) > 0 || ctx.Err() != nil || flowErr != nil:
		return exitError
	case failed:
		return wf.exitCode(exitFindings)
	}
	return wf.exitCode(exitClean)
}

func (e *env) rules(args []string) int {
	fs := e.newFlags("rules", "")
	var common commonFlags
	common.register(fs)
	kinds := fs.Bool("kinds", false, "list the check kinds instead of the rules")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	tw := tabwriter.NewWriter(e.stdout, 2, 8, 2, ' ', 0)
	if *kinds {
		fmt.Fprintln(tw, "KIND\tDESCRIPTION")
		for _, k := range checks.All {
			fmt.Fprintf(tw, "%s\t%s\n", k.Name, k.Title())
		}
		tw.Flush()
		return exitClean
	}
	cfg, ok := e.loadConfig(common)
	if !ok {
		return exitError
	}
	rs := append(append([]*checks.Rule{}, cfg.Rules...), engine.SuppressionRules()...) // the engine reports these itself
	sort.Slice(rs, func(i, j int) bool { return rs[i].Name < rs[j].Name })
	fmt.Fprintln(tw, "RULE\tKIND\tCATEGORY\tSEVERITY\tPACK\tDESCRIPTION")
	for _, r := range rs {
		pack := r.Pack
		switch {
		case r.Kind == engine.SuppressionKind:
			pack = "(engine)"
		case pack == "":
			pack = "(local)"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", r.Name, r.Kind.Name, r.Category, r.Severity, pack, r.Description)
	}
	tw.Flush()
	return exitClean
}
