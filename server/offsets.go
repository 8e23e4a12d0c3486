package server

// cpIndex converts byte offsets of a UTF-8 text to code-point offsets.
// It keeps the code-point count at every cpStride-th byte and counts the
// rest, so a conversion costs at most cpStride byte reads.
type cpIndex struct {
	text  string
	marks []int
}

const cpStride = 256

func newCPIndex(text string) *cpIndex {
	x := &cpIndex{text: text, marks: make([]int, 0, len(text)/cpStride+1)}
	n := 0
	for i := 0; i < len(text); i++ {
		if i%cpStride == 0 {
			x.marks = append(x.marks, n)
		}
		if text[i]&0xC0 != 0x80 {
			n++
		}
	}
	return x
}

// at returns the number of code points that start before byte offset off,
// which is off's code-point offset when off lies on a rune boundary.
// Offsets outside the text are clamped to it.
func (x *cpIndex) at(off int) int {
	off = min(off, len(x.text))
	if off <= 0 {
		return 0
	}
	k := (off - 1) / cpStride
	n := x.marks[k]
	for i := k * cpStride; i < off; i++ {
		if x.text[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}
