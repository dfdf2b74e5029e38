//go:build !race

package extract_test

// raceEnabled is true under the race detector, which changes allocation counts.
const raceEnabled = false
