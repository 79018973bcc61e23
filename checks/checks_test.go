package checks_test

import (
	"testing"

	"github.com/archivelint/archivelint/checks"
	"github.com/archivelint/archivelint/checks/checktest"
	"github.com/stretchr/testify/assert"
)

// TestKinds runs every kind's fixture scenarios.
func TestKinds(t *testing.T) { checktest.Run(t, "../testdata/checks") }

// TestEveryKindHasFixtures keeps the registry and the fixtures together.
func TestEveryKindHasFixtures(t *testing.T) {
	for _, k := range checks.All {
		matches, _ := filepathGlob("../testdata/checks/" + k.Name + "/*.txtar")
		assert.NotEmpty(t, matches, "kind %q has no fixtures under testdata/checks/%s/", k.Name, k.Name)
		assert.NotEmpty(t, k.Title(), "kind %q has no Doc", k.Name)
	}
}
