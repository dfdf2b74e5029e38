// Package resolve merges name mentions into entities: "Dmitry Peskov", "Peskov" and
// "Mr. Peskov" become one person; "US", "U.S." and "United States" one place with a canonical
// name. It works on one article at a time and knows nothing beyond it but the gazetteer's
// standard place names.
package resolve
