package ner

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/newsgraph/newsgraph/eval/conll"
)

func TestZZPrune(t *testing.T) {
	docs, _ := conll.Read("../../shared/data/conll2003/dev.txt")
	for _, th := range []int16{0, 20, 50, 100, 200} {
		m, err := Decode(bytes.NewReader(embedded))
		if err != nil {
			t.Fatal(err)
		}
		// expand to full table, prune, rebuild
		full := make([]int16, len(m.used)*64*16)
		r := 0
		for b := 0; b < len(m.used)*64; b++ {
			if m.used[b>>6]&(1<<(b&63)) != 0 {
				row := m.rows[r*16 : r*16+16]
				mx := int16(0)
				for _, v := range row {
					if v > mx {
						mx = v
					}
					if -v > mx {
						mx = -v
					}
				}
				if mx > th {
					copy(full[b*16:], row)
				}
				r++
			}
		}
		m.setTable(full)
		res := m.Evaluate(docs)
		fmt.Printf("th=%d rows=%d F1=%.4f scale=%g\n", th, len(m.rows)/16, res.F1, m.scale)
	}
}
