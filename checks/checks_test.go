package checks_test

import (
	"os"
	"testing"

	"github.com/archivelint/archivelint/checks"
	"github.com/archivelint/archivelint/checks/checktest"
	"github.com/stretchr/testify/assert"
)

// TestKinds runs every kind's fixture scenarios.
func TestKinds(t *testing.T) { checktest.Run(t, "../testdata/checks") }

// TestEveryKindHasFixtures keeps the registry, the fixtures and the README's table together.
func TestEveryKindHasFixtures(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range checks.All {
		assert.Contains(t, string(readme), "| `"+k.Name+"` |", "kind %q is missing from the README's table of check kinds", k.Name)
		matches, _ := filepathGlob("../testdata/checks/" + k.Name + "/*.txtar")
		assert.NotEmpty(t, matches, "kind %q has no fixtures under testdata/checks/%s/", k.Name, k.Name)
		assert.NotEmpty(t, k.Title(), "kind %q has no Doc", k.Name)
	}
}
