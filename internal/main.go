package main

import (
	"bufio"
	"fmt"
	"os"

	"github.com/archivelint/archivelint/checks/dates"
)

func main() {
	x := dates.NewExtractor(dates.Options{})
	sc := bufio.NewScanner(os.Stdin)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		line := sc.Text()
		ds := x.Extract(line)
		fmt.Printf("%q\n", line)
		for _, d := range ds {
			fmt.Printf("   [%d:%d] %q %04d-%02d-%02d %s %s valid=%v wd=%v/%v t=%v %02d:%02d os=%v role=%s cue=%q\n", d.Start, d.End, d.Text, d.Year, d.Month, d.Day, d.Precision, d.Format, d.Valid, d.HasWeekday, d.Weekday, d.HasTime, d.Hour, d.Minute, d.OldStyle, d.Role, d.Cue)
		}
	}
}
