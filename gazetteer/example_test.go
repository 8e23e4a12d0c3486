package gazetteer_test

import (
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/gazetteer"
)

func Example() {
	g, err := gazetteer.Load()
	if err != nil {
		fmt.Println(err)
		return
	}
	gender, _ := g.Gender("Ángel")
	fmt.Println(gender)
	country, _ := g.Nationality("Colombian")
	fmt.Println(country)
	words := strings.Fields("the series streams on Amazon Prime Video from Friday")
	for i := 0; i < len(words); i++ {
		if n, kind, canonical, ok := g.Match(words, i); ok {
			fmt.Println(kind, canonical)
			i += n - 1
		}
	}
	// Output:
	// male
	// Colombia
	// platform Prime Video
}
