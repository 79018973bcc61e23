package deps
import (
 _ "github.com/hashicorp/hcl/v2"
 _ "github.com/hashicorp/hcl/v2/gohcl"
 _ "github.com/hashicorp/hcl/v2/hclparse"
 _ "github.com/zclconf/go-cty/cty"
 _ "github.com/rs/zerolog"
 _ "github.com/stretchr/testify/assert"
 _ "golang.org/x/tools/txtar"
 _ "go.yaml.in/yaml/v3"
 _ "github.com/bmatcuk/doublestar/v4"
 _ "github.com/mattn/go-isatty"
)
