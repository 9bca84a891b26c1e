package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
)

// table is one markdown table of the report: rows of samples taken in the
// same interleaved rounds, each compared with the floor row's sample of
// the same round (a paired ratio).
type table struct {
	title string
	floor string // name of the row the ratios divide by; "" for none
	note  string // printed under the table
	rows  []*row
}

// row is one tool's samples in a table, one per round (nil: not run).
type row struct {
	name    string
	samples []time.Duration
	rss     []int64 // peak RSS per round, for the child-process scenarios
	fail    string  // the first error, when the tool failed
	extra   string  // the last column (exactly-once check, ratio to own apply)
}

// add records sample s of round r.
func (t *table) add(name string, r int, s time.Duration) *row {
	w := t.row(name)
	for len(w.samples) <= r {
		w.samples = append(w.samples, 0)
	}
	w.samples[r] = s
	return w
}

// row returns the named row, created at the end when new.
func (t *table) row(name string) *row {
	for _, w := range t.rows {
		if w.name == name {
			return w
		}
	}
	w := &row{name: name}
	t.rows = append(t.rows, w)
	return w
}

// ratios returns w's sample of each round over the floor's, where both ran.
func (t *table) ratios(w *row) []float64 {
	var floor *row
	for _, f := range t.rows {
		if f.name == t.floor {
			floor = f
		}
	}
	if floor == nil || w == floor {
		return nil
	}
	var out []float64
	for r, s := range w.samples {
		if r < len(floor.samples) && s > 0 && floor.samples[r] > 0 {
			out = append(out, float64(s)/float64(floor.samples[r]))
		}
	}
	return out
}

// write prints the table as markdown.
func (t *table) write(out io.Writer) {
	fmt.Fprintf(out, "\n### %s\n\n", t.title)
	hasRSS := slices.ContainsFunc(t.rows, func(w *row) bool { return len(w.rss) > 0 })
	hasExtra := slices.ContainsFunc(t.rows, func(w *row) bool { return w.extra != "" })
	head := "| tool | median | min | max |"
	if t.floor != "" {
		head += " × floor (median) | × floor per round |"
	}
	if hasRSS {
		head += " peak RSS |"
	}
	if hasExtra {
		head += " |"
	}
	fmt.Fprintln(out, head)
	fmt.Fprintln(out, strings.Repeat("|---", strings.Count(head, "|")-1)+"|")
	for _, w := range t.rows {
		fmt.Fprintln(out, t.line(w, hasRSS, hasExtra))
	}
	if t.note != "" {
		fmt.Fprintf(out, "\n%s\n", t.note)
	}
}

// line is one row of the markdown table.
func (t *table) line(w *row, hasRSS, hasExtra bool) string {
	var samples []time.Duration
	for _, s := range w.samples {
		if s > 0 {
			samples = append(samples, s)
		}
	}
	cells := []string{w.name}
	if len(samples) == 0 {
		cells = append(cells, "failed: "+strings.ReplaceAll(w.fail, "|", "/"), "", "")
	} else {
		slices.Sort(samples)
		med := samples[len(samples)/2]
		if len(samples)%2 == 0 {
			med = (samples[len(samples)/2-1] + samples[len(samples)/2]) / 2
		}
		cells = append(cells, dur(med), dur(samples[0]), dur(samples[len(samples)-1]))
	}
	if t.floor != "" {
		ratios := t.ratios(w)
		cells = append(cells, ratioMedian(ratios), ratioList(ratios))
	}
	if hasRSS {
		cells = append(cells, mb(slices.Max(append([]int64{0}, w.rss...))))
	}
	if hasExtra {
		cells = append(cells, w.extra)
	}
	return "| " + strings.Join(cells, " | ") + " |"
}

// dur prints a duration with three significant digits.
func dur(d time.Duration) string {
	switch s := d.Seconds(); {
	case s >= 10:
		return fmt.Sprintf("%.1f s", s)
	case s >= 1:
		return fmt.Sprintf("%.2f s", s)
	case s >= 0.1:
		return fmt.Sprintf("%.0f ms", s*1e3)
	case s >= 0.01:
		return fmt.Sprintf("%.1f ms", s*1e3)
	default:
		return fmt.Sprintf("%.2f ms", s*1e3)
	}
}

func mb(b int64) string {
	if b == 0 {
		return ""
	}
	return fmt.Sprintf("%.0f MB", float64(b)/(1<<20))
}

func ratioMedian(r []float64) string {
	if len(r) == 0 {
		return ""
	}
	s := slices.Sorted(slices.Values(r))
	m := s[len(s)/2]
	if len(s)%2 == 0 {
		m = (s[len(s)/2-1] + s[len(s)/2]) / 2
	}
	return fmt.Sprintf("%.2f×", m)
}

// ratioList prints every round's ratio, or the range when there are many.
func ratioList(r []float64) string {
	if len(r) > 5 {
		return fmt.Sprintf("%.2f–%.2f", slices.Min(r), slices.Max(r))
	}
	parts := make([]string, len(r))
	for i, x := range r {
		parts[i] = fmt.Sprintf("%.2f", x)
	}
	return strings.Join(parts, ", ")
}

// rotate returns the order of round r: A B C D, B C D A, …
func rotate[T any](s []T, r int) []T {
	if len(s) == 0 {
		return nil
	}
	r %= len(s)
	return append(slices.Clone(s[r:]), s[:r]...)
}
