package claim

import "testing"

func TestAllCaps(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"STORM RIDER", true},
		{"PIXEL HOUSE 2", true},
		{"Storm Rider", false},
		{"McCARTHY", false},
		{"ÉCOLE", true},
		{"2004", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := allCaps(tt.name); got != tt.want {
			t.Errorf("allCaps(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
