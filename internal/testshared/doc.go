// Package testshared locates the shared evaluation folder (../shared next
// to the module root, or $NEWSEXTRACT_SHARED) for tests and commands.
//
// The folder holds research-only data that must never be copied into the
// repository, so tests read it in place. Tests skip when it is absent so a
// plain checkout still passes, but fail under CI=true so a misconfigured CI
// cannot silently skip the evaluation.
package testshared
