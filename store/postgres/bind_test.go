package postgres

import "testing"

func TestBind(t *testing.T) {
	tests := []struct{ in, want string }{
		{"SELECT 1", "SELECT 1"},
		{"a = ? AND b = ?", "a = $1 AND b = $2"},
		{"x = '?' AND y = ?", "x = '?' AND y = $1"},
		{"x = 'it''s ?' AND y = ?", "x = 'it''s ?' AND y = $1"},
		{"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"},
	}
	for _, tt := range tests {
		if got := Bind(tt.in); got != tt.want {
			t.Errorf("Bind(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
