package dates

// Resolve fills in what d leaves unknown from a reference date, usually the
// document date: the year of "October 20" or "(Received October 26.)", the
// month and year of "the 20th" or "051430Z", and the century of a two-digit
// year ("9/15/92" in an 1892 document is 1892). Of the candidates around
// ref (the year before, the same, the year after; or the month before, the
// same, the month after) it picks the valid one nearest to ref, and marks
// the date YearInferred. It returns d unchanged when d needs nothing or ref
// cannot supply it.
func Resolve(d, ref Date) Date {
	if d.TwoDigitYear && ref.Year != 0 {
		return resolveCentury(d, ref.Year)
	}
	if d.Precision != PrecisionDay || d.Year != 0 || d.Day == 0 || ref.Year == 0 {
		return d
	}
	if ref.JDN == 0 {
		if d.Month == 0 {
			return d // a lone day needs a reference month
		}
		d.Year = ref.Year
	} else {
		best, bestDist := YMD{}, 0
		for step := -1; step <= 1; step++ {
			c := YMD{ref.Year + step, d.Month, d.Day}
			if d.Month == 0 {
				m := ref.Month + step
				c = YMD{ref.Year, m, d.Day}
				if m < 1 {
					c.Year, c.Month = ref.Year-1, 12
				} else if m > 12 {
					c.Year, c.Month = ref.Year+1, 1
				}
			}
			if !ValidDate(c.Year, c.Month, c.Day) {
				continue
			}
			dist := abs(JDN(c.Year, c.Month, c.Day) - ref.JDN)
			if best.Year == 0 || dist < bestDist {
				best, bestDist = c, dist
			}
		}
		if best.Year == 0 {
			return d
		}
		d.Year, d.Month = best.Year, best.Month
	}
	if !d.OldStyle.IsZero() && d.OldStyle.Year == 0 {
		d.OldStyle.Year = d.Year
		if d.OldStyle.Month > d.Month {
			d.OldStyle.Year--
		}
	}
	d.YearInferred = true
	d.finish()
	return d
}

// resolveCentury moves a two-digit year ("9/15/92") to the century that puts
// it nearest the reference year: 1892 in an 1890s document, not 1992.
func resolveCentury(d Date, refYear int) Date {
	yy := d.Year % 100
	best := refYear - refYear%100 + yy
	for _, c := range []int{best - 100, best + 100} {
		if abs(c-refYear) < abs(best-refYear) {
			best = c
		}
	}
	if best != d.Year {
		d.Year, d.YearInferred = best, true
		if !d.OldStyle.IsZero() && d.OldStyle.Year != 0 {
			d.OldStyle.Year = best
		}
		d.finish()
	}
	return d
}

// InferOrder returns the day/month order that the unambiguous slashed dates
// among ds show (18/10/1956 shows day-first, 10/18/56 month-first), or
// OrderUnknown when they show none or both. Apply it to the ambiguous ones
// with Date.ApplyOrder.
func InferOrder(ds []Date) Order {
	dayFirst, monthFirst := false, false
	for _, d := range ds {
		switch {
		case d.numFirst == 0 || d.Month == 0:
		case d.Day == d.numFirst && d.numFirst > 12:
			dayFirst = true
		case d.Month == d.numFirst && d.numSecond > 12:
			monthFirst = true
		}
	}
	switch {
	case dayFirst && !monthFirst:
		return OrderDayFirst
	case monthFirst && !dayFirst:
		return OrderMonthFirst
	}
	return OrderUnknown
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
