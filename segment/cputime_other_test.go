//go:build !unix

package segment

import "time"

// cpuTime returns 0 where the process CPU time is not available; the
// benchmarks then report wall-clock rates only.
func cpuTime() time.Duration { return 0 }
