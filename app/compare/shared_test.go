//go:build !js

package compare

import (
	"os"
	"path/filepath"
	"testing"
)

// sharedFiles lists the ECB+ texts beside the repository (../shared).
func sharedFiles(tb testing.TB) []string {
	files, _ := filepath.Glob("../../../shared/eval/ecbplus/*/*.txt")
	return files
}

func readShared(tb testing.TB, f string) []byte {
	b, err := os.ReadFile(f)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}
