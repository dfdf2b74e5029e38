package testshared

import (
	"os"
	"path/filepath"
	"testing"
)

func TestFindUsesEnv(t *testing.T) {
	tests := []struct {
		name    string
		reason  string
		mkEval  bool
		wantErr bool
	}{
		{name: "with eval", reason: "a folder holding eval/ is accepted", mkEval: true},
		{name: "without eval", reason: "a folder lacking eval/ is not the shared folder", wantErr: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := t.TempDir()
			if tc.mkEval {
				if err := os.Mkdir(filepath.Join(d, "eval"), 0o755); err != nil {
					t.Fatal(err)
				}
			}
			t.Setenv(EnvVar, d)
			got, err := Find()
			if (err != nil) != tc.wantErr {
				t.Fatalf("Find() error = %v, wantErr %v (%s)", err, tc.wantErr, tc.reason)
			}
			if err == nil && got != d {
				t.Errorf("Find() = %q, want %q (%s)", got, d, tc.reason)
			}
		})
	}
}

func TestModuleRoot(t *testing.T) {
	root, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Errorf("moduleRoot() = %q has no go.mod: %v", root, err)
	}
	if filepath.Base(root) == "testshared" {
		t.Errorf("moduleRoot() = %q stopped at the package folder", root)
	}
}

func TestIsLibraryMod(t *testing.T) {
	tests := []struct {
		name, reason, gomod string
		want                bool
	}{
		{"library", "the library's own go.mod", "module github.com/newsextract/newsextract\n\ngo 1.26.0\n", true},
		{"quoted", "a quoted module path is the same path", "// c\nmodule \"github.com/newsextract/newsextract\"\n", true},
		{"nested", "a nested module under examples/ is passed over", "module github.com/newsextract/newsextract/examples/beam\n\nreplace github.com/newsextract/newsextract => ../..\n", false},
		{"none", "a go.mod without a module line", "go 1.26.0\n", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := isLibraryMod([]byte(tc.gomod)); got != tc.want {
				t.Errorf("isLibraryMod = %v, want %v (%s)", got, tc.want, tc.reason)
			}
		})
	}
}
