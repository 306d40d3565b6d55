package align

import (
	"math"
	"slices"
)

// Vector is a sparse vector: term ids ascending, with their weights.
type Vector struct {
	IDs []int32
	W   []float64
}

// UnitVector scales weights (term id → weight) to unit length. Sums run in
// id order, so the result does not depend on map order; a zero vector
// stays zero.
func UnitVector(weights map[int32]float64) Vector {
	var v Vector
	for id := range weights {
		v.IDs = append(v.IDs, id)
	}
	slices.Sort(v.IDs)
	norm := 0.0
	for _, id := range v.IDs {
		norm += weights[id] * weights[id]
	}
	norm = math.Sqrt(norm)
	for _, id := range v.IDs {
		w := weights[id]
		if norm > 0 {
			w /= norm
		}
		v.W = append(v.W, w)
	}
	return v
}

// Dot is the dot product of two vectors, the cosine of unit ones: a merge
// of their sorted ids. Cost: O(terms of both).
func (a Vector) Dot(b Vector) float64 {
	s := 0.0
	for i, j := 0, 0; i < len(a.IDs) && j < len(b.IDs); {
		switch {
		case a.IDs[i] < b.IDs[j]:
			i++
		case a.IDs[i] > b.IDs[j]:
			j++
		default:
			s += a.W[i] * b.W[j]
			i++
			j++
		}
	}
	return s
}
