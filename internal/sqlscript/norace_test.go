//go:build !race

package sqlscript_test

const raceEnabled = false
