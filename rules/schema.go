package rules

import "github.com/hashicorp/hcl/v2"

// fileSchema is every block a configuration file may hold. Packs hold rule and archive blocks.
type fileSchema struct {
	Settings     []*settingsBlock   `hcl:"archivelint,block"`
	Rules        []*ruleHead        `hcl:"rule,block"`
	Overrides    []*overrideBlock   `hcl:"override,block"`
	Collections  []*collectionBlock `hcl:"collection,block"`
	TextLayouts  []*textLayoutBlock `hcl:"text_layout,block"`
	Vocabularies []*Vocabulary      `hcl:"vocabulary,block"`
	Ignores      []*ignoreBlock     `hcl:"ignore,block"`
}

type settingsBlock struct {
	Packs          *[]string `hcl:"packs,optional"`
	PacksRange     hcl.Range `hcl:"packs,attr_value_range"`
	Include        []string  `hcl:"include,optional"`
	Exclude        []string  `hcl:"exclude,optional"`
	FailLevel      *string   `hcl:"fail_level,optional"`
	FailLevelRange hcl.Range `hcl:"fail_level,attr_value_range"`
	DefRange       hcl.Range `hcl:",def_range"`
}

// ruleHead is a rule block's labels; the body is decoded once the kind is known, so that an
// unknown kind is the first thing said about it.
type ruleHead struct {
	Kind      string    `hcl:"kind,label"`
	Name      string    `hcl:"name,label"`
	Body      hcl.Body  `hcl:",remain"`
	KindRange hcl.Range `hcl:"kind,label_range"`
	NameRange hcl.Range `hcl:"name,label_range"`
	DefRange  hcl.Range `hcl:",def_range"`
}

// ruleBlock is the attributes every rule has; the rest of the body belongs to the kind.
type ruleBlock struct {
	Category      string         `hcl:"category"`
	Severity      *string        `hcl:"severity,optional"`
	Description   string         `hcl:"description,optional"`
	Message       hcl.Expression `hcl:"message,optional"`
	In            []string       `hcl:"in,optional"`
	Formats       []string       `hcl:"formats,optional"`
	Files         []string       `hcl:"files,optional"`
	Enabled       *bool          `hcl:"enabled,optional"`
	Ignorable     *bool          `hcl:"ignorable,optional"`
	When          hcl.Expression `hcl:"when,optional"`
	Body          hcl.Body       `hcl:",remain"`
	CategoryRange hcl.Range      `hcl:"category,attr_value_range"`
	SeverityRange hcl.Range      `hcl:"severity,attr_value_range"`
	InRange       hcl.Range      `hcl:"in,attr_value_range"`
	FormatsRange  hcl.Range      `hcl:"formats,attr_value_range"`
}

type overrideBlock struct {
	Name          string    `hcl:"name,label"`
	Severity      *string   `hcl:"severity,optional"`
	Enabled       *bool     `hcl:"enabled,optional"`
	Files         []string  `hcl:"files,optional"`
	Ignorable     *bool     `hcl:"ignorable,optional"`
	NameRange     hcl.Range `hcl:"name,label_range"`
	SeverityRange hcl.Range `hcl:"severity,attr_value_range"`
}

type textLayoutBlock struct {
	MetadataHeadings []string          `hcl:"metadata_headings,optional"`
	Labels           map[string]string `hcl:"labels,optional"`
}
