package ner

import (
	"bytes"
	_ "embed"
	"sync"
)

//go:embed model/ner.model.gz
var embedded []byte

var loadEmbedded = sync.OnceValues(func() (*Model, error) {
	return Decode(bytes.NewReader(embedded))
})

// Load returns the embedded model, trained on CoNLL-2003 English (see
// MODEL.md). It decodes the model on the first call; later calls return
// the same *Model.
func Load() (*Model, error) { return loadEmbedded() }
