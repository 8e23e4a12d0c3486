// Package ner is the trained named-entity tagger: an averaged perceptron
// over BILOU tags, with the two previous tags as features, on hashed
// sparse features of the word, its shape, affixes, neighbours, word
// classes (exchange clustering of unlabeled text), gazetteer hits and what
// the same document says of the word elsewhere. The embedded model is a
// structured perceptron: it is trained and decodes with a small beam per
// sentence (greedy decoding remains for models trained without one).
//
// The model trained on CoNLL-2003 English is embedded in the binary; Load
// decodes it. Model.Tag adds mentions to a segmented doc.Doc, mapping the
// CoNLL types to ours (see MODEL.md); Model.TagTokens and
// Model.TagSentences tag pre-tokenised text in the model's own label set,
// for evaluation. Train and TrainFiles train a model, reproducibly:
// the same data and Config give the same model bytes.
package ner
