package testshared

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// EnvVar names the environment variable that overrides the shared folder.
const EnvVar = "NEWSEXTRACT_SHARED"

// Find returns the absolute path of the shared folder without any testing
// machinery, for commands. It uses $NEWSEXTRACT_SHARED when set, else
// ../shared relative to the module root (the nearest folder above the
// working directory that holds go.mod). The folder must contain eval/.
func Find() (string, error) {
	dir, where, err := locate()
	if err != nil {
		return "", err
	}
	if st, err := os.Stat(filepath.Join(dir, "eval")); err != nil || !st.IsDir() {
		return "", fmt.Errorf("shared folder not found: no eval/ in %s (%s)", dir, where)
	}
	return dir, nil
}

// locate returns the candidate folder and a description of how it was chosen.
func locate() (dir, where string, err error) {
	if env := os.Getenv(EnvVar); env != "" {
		abs, err := filepath.Abs(env)
		if err != nil {
			return "", "", err
		}
		return abs, "from $" + EnvVar, nil
	}
	root, err := moduleRoot()
	if err != nil {
		return "", "", err
	}
	return filepath.Join(filepath.Dir(root), "shared"), "../shared relative to module root " + root, nil
}

// moduleRoot walks up from the working directory to the folder holding the library's go.mod,
// passing over the go.mod of nested modules (examples/beam, ...), so that their tests find the
// same shared folder and sample article.
func moduleRoot() (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for d := wd; ; {
		if b, err := os.ReadFile(filepath.Join(d, "go.mod")); err == nil && isLibraryMod(b) {
			return d, nil
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", errors.New("no go.mod of " + libraryModule + " found above " + wd)
		}
		d = parent
	}
}

// Dir returns the absolute path of the shared folder. When it is missing the
// test is skipped, or fails if the environment variable CI is "true".
func Dir(t testing.TB) string {
	t.Helper()
	dir, err := Find()
	if err != nil {
		missing(t, fmt.Sprintf("CI=true but the shared folder is missing: %v (set $%s)", err, EnvVar),
			fmt.Sprintf("skipping: needs ../shared (%v; set $%s)", err, EnvVar))
	}
	return dir
}

// Path returns the absolute path of rel (slash-separated) inside the shared
// folder, e.g. Path(t, "eval/dev/seed.jsonl"). A missing file is handled
// like a missing folder: skip, or fail under CI=true.
func Path(t testing.TB, rel string) string {
	t.Helper()
	p := filepath.Join(Dir(t), filepath.FromSlash(rel))
	if _, err := os.Stat(p); err != nil {
		missing(t, fmt.Sprintf("CI=true but shared file is missing: %v", err),
			fmt.Sprintf("skipping: needs ../shared/%s (%v)", rel, err))
	}
	return p
}

// missing ends a test that lacks shared data: it skips, so a plain checkout
// passes, or fails when the environment variable CI is "true", so CI cannot
// skip the evaluation silently.
func missing(t testing.TB, failMsg, skipMsg string) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatal(failMsg)
	}
	t.Skip(skipMsg)
}

// SeedArticle returns the sample article the repository ships as
// testdata/seed-article.txt at the module root, so that tests in every
// package read that one copy whatever their folder. It is part of the
// repository, not of the shared folder: a missing file fails the test.
func SeedArticle(tb testing.TB) string {
	tb.Helper()
	root, err := moduleRoot()
	if err != nil {
		tb.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(root, "testdata", "seed-article.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

const libraryModule = "github.com/newsextract/newsextract"

// isLibraryMod reports whether the go.mod file content b declares the library's module.
func isLibraryMod(b []byte) bool {
	for line := range strings.Lines(string(b)) {
		if f := strings.Fields(line); len(f) == 2 && f[0] == "module" {
			return strings.Trim(f[1], `"`) == libraryModule
		}
	}
	return false
}
