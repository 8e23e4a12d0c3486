package article

import (
	"strings"
	"testing"
)

func TestTrailingLinks(t *testing.T) {
	tests := []struct {
		name      string
		text      string
		wantLinks []string
		wantLast  string
	}{
		{
			name:      "headlines and a marker",
			text:      "The mayor spoke on Monday.\n\nShe left at noon.\n\nCity Hall Unveils Its New Budget Plan\n\nFive Parks That Deserve a Second Look (Photos)\n\nRelated Gallery\n",
			wantLinks: []string{"City Hall Unveils Its New Budget Plan", "Five Parks That Deserve a Second Look (Photos)"},
			wantLast:  "She left at noon.",
		},
		{
			name:     "a list without a marker stays",
			text:     "The winners were named on Sunday.\n\nBest Actor - Rafael Ortuno\n\nBest Drama Series - Border Ledger\n\nBest New Comedy - Harbour Nights\n",
			wantLast: "Best New Comedy - Harbour Nights",
		},
		{
			name:     "one headline-like line alone stays",
			text:     "The mayor spoke on Monday.\n\nA Statement From The Council Follows\n",
			wantLast: "A Statement From The Council Follows",
		},
		{
			name:     "a last sentence is not a headline",
			text:     "The mayor spoke on Monday.\n\nThe Budget Vote Is Set For Friday.\n\nCouncil Members Will Meet Again In May.\n",
			wantLast: "Council Members Will Meet Again In May.",
		},
		{
			name:     "lines of one paragraph are not links",
			text:     "The mayor spoke.\n\nCity Hall Unveils Its New Budget\nFive Parks That Deserve a Look\n",
			wantLast: "Five Parks That Deserve a Look",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines, links := trailingLinks(strings.Split(tt.text, "\n"))
			var got []string
			for _, l := range links {
				got = append(got, l.Title)
			}
			if strings.Join(got, "|") != strings.Join(tt.wantLinks, "|") {
				t.Errorf("links %q, want %q", got, tt.wantLinks)
			}
			body := strings.TrimSpace(strings.Join(lines, "\n"))
			if !strings.HasSuffix(body, tt.wantLast) {
				t.Errorf("body ends %q, want %q", body[max(0, len(body)-40):], tt.wantLast)
			}
		})
	}
}
