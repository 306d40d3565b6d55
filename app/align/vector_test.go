package align

import (
	"fmt"
	"math"
	"testing"
)

func TestVector(t *testing.T) {
	v := UnitVector(map[int32]float64{7: 3, 2: 4})
	if got := fmt.Sprint(v.IDs, v.W); got != "[2 7] [0.8 0.6]" {
		t.Errorf("UnitVector = %s, want ids ascending and unit length: [2 7] [0.8 0.6]", got)
	}
	if d := v.Dot(v); math.Abs(d-1) > 1e-12 {
		t.Errorf("v·v = %v, want 1", d)
	}
	u := UnitVector(map[int32]float64{7: 1, 9: 1})
	if d, want := v.Dot(u), 0.6/math.Sqrt2; math.Abs(d-want) > 1e-12 || u.Dot(v) != d {
		t.Errorf("v·u = %v, u·v = %v; want %v both ways (only id 7 is shared)", d, u.Dot(v), want)
	}
	zero := UnitVector(map[int32]float64{4: 0})
	if zero.W[0] != 0 || zero.Dot(v) != 0 || (Vector{}).Dot(v) != 0 {
		t.Errorf("a zero vector became %v; want it to stay zero and score 0", zero.W)
	}
}
