package checks

import "sort"

// All is every check kind, in the order `archivelint rules` lists them. A new kind adds one
// line here.
var All = []*Kind{
	Pattern,
	FieldKind,
	ProblemKind,
	CharsKind,
	MojibakeKind,
	RepeatedWordKind,
	BalanceKind,
	DoubleSpaceKind,
	HyphenationKind,
	DuplicateBlockKind,
	LanguageKind,
	MissingSpace,
	Dates,
	Citations,
}

// Lookup returns the kind with the name, or nil.
func Lookup(name string) *Kind {
	for _, k := range All {
		if k.Name == name {
			return k
		}
	}
	return nil
}

// KindNames lists the kinds' names, sorted.
func KindNames() []string {
	names := make([]string, len(All))
	for i, k := range All {
		names[i] = k.Name
	}
	sort.Strings(names)
	return names
}
