package rules

import (
	"fmt"
	"strings"

	"github.com/archivelint/archivelint/checks"
	"github.com/archivelint/archivelint/checks/dates"
	"github.com/hashicorp/hcl/v2"
)

// Collection is what a project says about its collection.
type Collection struct {
	// DateRange is the span of the collection's documents, as "YYYY", "YYYY-MM" or
	// "YYYY-MM-DD" bounds; empty when not declared.
	DateRange []string `hcl:"date_range,optional"`
	// SlashDates says how to read 10/11/1956: "mdy", "dmy", or "" (ambiguous ones are not read).
	SlashDates string    `hcl:"slash_dates,optional"`
	DefRange   hcl.Range `hcl:",def_range"`
}

type collectionBlock = Collection

// dates turns the collection block into what date rules use, with a diagnostic for a bound
// that is not a date.
func (c Collection) dates() (checks.DateCollection, hcl.Diagnostics) {
	var dc checks.DateCollection
	var diags hcl.Diagnostics
	switch strings.ToLower(c.SlashDates) {
	case "":
	case "dmy", "day-first":
		dc.SlashOrder = dates.OrderDayFirst
	case "mdy", "month-first":
		dc.SlashOrder = dates.OrderMonthFirst
	default:
		diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Unknown date order",
			Detail:  fmt.Sprintf("slash_dates is %q; use \"dmy\" (10/11/1956 is 10 November) or \"mdy\" (it is October 11).", c.SlashDates),
			Subject: c.DefRange.Ptr()})
	}
	if len(c.DateRange) == 0 {
		return dc, diags
	}
	if len(c.DateRange) != 2 {
		return dc, append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Invalid date range",
			Detail: "date_range is two dates, the first and the last: [\"1945\", \"1991-12-31\"].", Subject: c.DefRange.Ptr()})
	}
	from, ok1 := boundDay(c.DateRange[0], false)
	to, ok2 := boundDay(c.DateRange[1], true)
	if !ok1 || !ok2 || from > to {
		return dc, append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Invalid date range",
			Detail:  fmt.Sprintf("%q to %q is not a range of dates written YYYY, YYYY-MM or YYYY-MM-DD, first to last.", c.DateRange[0], c.DateRange[1]),
			Subject: c.DefRange.Ptr()})
	}
	dc.From, dc.To = from, to
	return dc, diags
}

// boundDay reads YYYY, YYYY-MM or YYYY-MM-DD as the day number of its first day, or its last
// when last is set.
func boundDay(s string, last bool) (int, bool) {
	var y, m, d int
	switch n, _ := fmt.Sscanf(s, "%d-%d-%d", &y, &m, &d); {
	case n == 1 && len(s) == 4:
		m, d = 1, 1
		if last {
			m, d = 12, 31
		}
	case n == 2 && len(s) == 7:
		d = 1
		if last {
			d = dates.DaysIn(y, m)
		}
	case n == 3 && len(s) == 10:
	default:
		return 0, false
	}
	if !dates.ValidDate(y, m, d) {
		return 0, false
	}
	return dates.JDN(y, m, d), true
}
