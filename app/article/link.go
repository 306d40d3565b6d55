package article

// A set shared by link: the set's file (Set.JSON), compressed (DEFLATE,
// RFC 1951) and written in the URL-safe base64 alphabet, travels in a
// link's fragment, which the browser never sends to a server. A class
// opens the teacher's own articles, with their edits, from one link and no
// server.

import (
	"bytes"
	"compress/flate"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
)

// MaxLink is the longest link that carries a set: 32,768 characters, the
// most an address bar shows (Chromium's kMaxURLDisplayChars), so that the
// link survives being shown, copied and pasted. The engines accept far
// longer ones: Chromium 2 MiB (url/url_constants.h, kMaxURLChars), Firefox
// 1 MiB (the network.standard-url.max-length preference), WebKit no fixed
// limit. A longer set goes as a file (Set.JSON) for the class to import.
const MaxLink = 32 << 10

// LinkKey names the set in a link's fragment: "#set=…".
const LinkKey = "set="

// Link is the set as a link's fragment payload (after LinkKey).
func (s Set) Link() (string, error) {
	b, err := s.JSON()
	if err != nil {
		return "", err
	}
	var z bytes.Buffer
	w, err := flate.NewWriter(&z, flate.BestCompression)
	if err != nil {
		return "", err
	}
	if _, err := w.Write(b); err != nil {
		return "", err
	}
	if err := w.Close(); err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(z.Bytes()), nil
}

// ReadLink reads a set from a link's fragment payload (Link), saying what
// is wrong with one that is cut off or is not a set. It reads at most
// MaxSetText and a margin for the file's own words: a link cannot make
// the browser inflate without end.
func ReadLink(payload string) (Set, error) {
	z, err := base64.RawURLEncoding.DecodeString(payload)
	if err != nil {
		return Set{}, errors.New("the link is damaged (it was cut off or changed on the way): ask for it again")
	}
	r := flate.NewReader(bytes.NewReader(z))
	defer r.Close()
	limit := int64(MaxSetText + 1<<20)
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	switch {
	case err != nil:
		return Set{}, errors.New("the link is damaged (it was cut off or changed on the way): ask for it again")
	case int64(len(b)) > limit:
		return Set{}, fmt.Errorf("the link holds more than %d MB of text, more than can be compared", limit>>20)
	}
	s, err := ReadSet(b)
	if err != nil {
		return Set{}, fmt.Errorf("the link does not hold a set of articles: %v", err)
	}
	return s, nil
}
