// Package entity holds the types for what an article names: people, organizations, places and
// dates, each mention a byte span into the article, and the entities the mentions resolve to
// ("Dmitry Peskov", "Peskov" and "He" are three mentions of one entity), and the credits
// (bylines, photo credits, wire tag lines) that name who made the story.
//
// The package only describes results; package extract finds them. It is not a knowledge base:
// an entity is local to one article.
package entity
