package rules

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/ext/tryfunc"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/function/stdlib"
)

// Functions is the library every rule expression may call. It is hermetic: no files, no
// environment, no clock. Kinds add their own (the dates kind adds date arithmetic).
func Functions() map[string]function.Function {
	return map[string]function.Function{
		"upper":         stdlib.UpperFunc,
		"lower":         stdlib.LowerFunc,
		"title":         stdlib.TitleFunc,
		"trimspace":     stdlib.TrimSpaceFunc,
		"format":        stdlib.FormatFunc,
		"join":          stdlib.JoinFunc,
		"split":         stdlib.SplitFunc,
		"concat":        stdlib.ConcatFunc,
		"length":        stdlib.LengthFunc,
		"contains":      stdlib.ContainsFunc,
		"substr":        stdlib.SubstrFunc,
		"replace":       stdlib.ReplaceFunc,
		"regex_replace": stdlib.RegexReplaceFunc,
		"regex":         stdlib.RegexFunc,
		"can":           tryfunc.CanFunc,
		"try":           tryfunc.TryFunc,
		"min":           stdlib.MinFunc,
		"max":           stdlib.MaxFunc,
		"abs":           stdlib.AbsoluteFunc,
		"floor":         stdlib.FloorFunc,
		"ceil":          stdlib.CeilFunc,
		"coalesce":      stdlib.CoalesceFunc,
		"lookup":        stdlib.LookupFunc,
		"tostring":      stdlib.MakeToFunc(cty.String),
		"tonumber":      stdlib.MakeToFunc(cty.Number),
	}
}

// NewEvalContext is the root context: functions only; variables come per evaluation.
func NewEvalContext() *hcl.EvalContext {
	return &hcl.EvalContext{Functions: Functions()}
}
