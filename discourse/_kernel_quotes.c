/* The whole-text scans of quotation finding in C: the same spans as four regular expressions of
 * discourse._quote_marks and discourse._reported give with Python's re (finditer), which stay the pure-Python
 * path where this module is not built (tests/test_kernel_quotes.py compares both on the same texts).
 *
 *   marks(text)            _MARK_RE.finditer(text): the quotation-mark candidates, (positions, marks)
 *   gates(text, pos, end)  _R_GATE.finditer(text, pos, end): white space, then a reporting verb ending its word
 *   sentences(text, pos, end[, longer])  _SENTENCE_PIECE.finditer(text, pos, end): the sentence pieces of a
 *                          paragraph (only those longer than ``longer`` characters)
 *   wrapped_lines(text, pos, end, limit)  _TRIMMED_LINE.finditer(text, pos, end) where a line before the last
 *                          is longer than limit, else None
 *   reported_sentences(text, units, gates, r_max)  the sentences discourse._reported._reported looks at: the
 *                          loop of _reported._looked_at_py over the units, their sentence pieces and the places
 *   spans_clean(spans, n)  whether _quote_marks._clean_paragraphs would return ``spans`` unchanged
 *   units(text, paras, limit)  the loop of _quote_marks._units over the paragraphs (wrapped_lines for each)
 *   reported_places(text, units)  the places of _reported._reported_places: gates of the text and of the units
 *                          that end inside a word, and 'according', sorted, each once
 *   np_starts(window, anchors, appos)  where _quote_cues._np_matches tries a pattern that opens with a noun
 *                          phrase: the starts after the last bar before each anchor where the phrase may start
 *                          (_quote_cues._np_starts_py; its words set with set_np_words)
 *   lower_word_in(text, slot, pos, end)  whether a word set with set_lower_words is a whole run of a-z letters
 *                          in text[pos:end].lower() (_quote_cues._WordSet.found)
 *   key_starts_folded(text)  the sorted offsets where one of the words set with set_keys begins in text.lower()
 *                          (inside words too: the Aho-Corasick scan of discourse._speaker_names._doc_places),
 *                          read without lower-casing the text, and those a-z after white space
 *   name_runs(text, dropped)  _speaker_names._RUN_RE.finditer(text): the name runs of the speaker table, as
 *                          discourse._speakers._runs_by_pattern gives them (titles and particles set with set_run_words)
 *   read_runs(table, runs, quote_spans, ctx)  the loops of discourse._speakers._Speakers._read_runs_py over those
 *                          runs, the table's methods called where they can act (see the function)
 *
 * The character classes are Python's own: re's Unicode \w is Py_UNICODE_ISALNUM or '_', \s is
 * Py_UNICODE_ISSPACE (CPython's Modules/_sre/sre.c, SRE_UNI_IS_*), so both paths classify every character
 * alike. Each function states the pattern it replaces and why the plain loop below finds the same matches.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <string.h>

typedef struct {
    int kind;
    const void *data;
    Py_ssize_t n;
} Text;

static inline int is_word(Py_UCS4 c) {
    if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    return Py_UNICODE_ISALNUM(c);
}
/* [\w’'\-] */
static inline int is_wordish(Py_UCS4 c) { return is_word(c) || c == 0x2019 || c == '\'' || c == '-'; }

static int text_of(PyObject *str, Text *t) {
    if (PyUnicode_READY(str) < 0) return -1;
    t->kind = PyUnicode_KIND(str);
    t->data = PyUnicode_DATA(str);
    t->n = PyUnicode_GET_LENGTH(str);
    return 0;
}

/* pos and end clipped as re clips them (negative -> 0, beyond the text -> its length) */
static void clip(const Text *t, Py_ssize_t *pos, Py_ssize_t *end) {
    if (*pos < 0) *pos = 0;
    if (*end > t->n) *end = t->n;
    if (*end < 0) *end = 0;
}

static PyObject *append_span(PyObject *out, Py_ssize_t s, Py_ssize_t e) {
    PyObject *span = Py_BuildValue("(nn)", s, e);
    if (span == NULL) return NULL;
    int rc = PyList_Append(out, span);
    Py_DECREF(span);
    return rc < 0 ? NULL : out;
}

/* ------------------------------------------------------------------------------------------ marks
 * _MARK_RE = [\"“”„‟«»`'‘’‚‛‹›](?:(?<=‘)‘|(?<=’)’|(?<=')'|(?<=`)`|(?<=[\"“”„‟«»])|(?<!\w.)|(?!\w))
 * At a mark character c at i the alternatives, in order: the same single mark doubled (‘‘ ’’ '' ``: two
 * characters); a double mark (one); not after a word character (the look-behind \w. ends at i + 1: the
 * character before i is a word character and c, never a newline, matches '.'); not before a word character.
 * A match resumes the scan after its end (finditer's non-overlapping matches). */
static inline int is_mark(Py_UCS4 c) {
    switch (c) {
    case '"': case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0xAB: case 0xBB:
    case '`': case '\'': case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2039: case 0x203A:
        return 1;
    default:
        return 0;
    }
}

static inline int is_double(Py_UCS4 c) {
    return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x201F || c == 0xAB || c == 0xBB;
}

/* one loop per string kind (1, 2 or 4 bytes a character), so that no character read switches on the kind */
#define KINDS(F) F(Py_UCS1, 1) F(Py_UCS2, 2) F(Py_UCS4, 4)
/* the call of FN_1, FN_2 or FN_4, the loop of t's string kind, with t's characters and the arguments after them */
#define BY_KIND(t, FN, ...)                                                                                 \
    ((t).kind == PyUnicode_1BYTE_KIND   ? FN##_1((const Py_UCS1 *)(t).data, __VA_ARGS__)                     \
     : (t).kind == PyUnicode_2BYTE_KIND ? FN##_2((const Py_UCS2 *)(t).data, __VA_ARGS__)                     \
                                        : FN##_4((const Py_UCS4 *)(t).data, __VA_ARGS__))

/* the list a scan filled (rc >= 0), or NULL with the list released where it failed (rc < 0) */
static PyObject *filled(PyObject *out, int rc) {
    if (rc < 0) {
        Py_DECREF(out);
        return NULL;
    }
    return out;
}

#define MARKS_OF(T, K)                                                                                      \
    static int marks_##K(PyObject *str, const T *d, Py_ssize_t n, PyObject *pos, PyObject *mk) {            \
        Py_ssize_t i = 0;                                                                                  \
        while (i < n) {                                                                                    \
            Py_UCS4 c = d[i];                                                                              \
            if (!is_mark(c)) {                                                                             \
                i++;                                                                                       \
                continue;                                                                                  \
            }                                                                                              \
            Py_ssize_t len = 0;                                                                            \
            if ((c == 0x2018 || c == 0x2019 || c == '\'' || c == '`') && i + 1 < n && d[i + 1] == c)      \
                len = 2;                                                                                   \
            else if (is_double(c) || !(i >= 1 && is_word(d[i - 1])) || !(i + 1 < n && is_word(d[i + 1])))  \
                len = 1;                                                                                   \
            if (len == 0) {                                                                                \
                i++;                                                                                       \
                continue;                                                                                  \
            }                                                                                              \
            PyObject *p = PyLong_FromSsize_t(i);                                                           \
            PyObject *s = PyUnicode_Substring(str, i, i + len);                                            \
            int bad = p == NULL || s == NULL || PyList_Append(pos, p) < 0 || PyList_Append(mk, s) < 0;     \
            Py_XDECREF(p);                                                                                 \
            Py_XDECREF(s);                                                                                 \
            if (bad) return -1;                                                                            \
            i += len;                                                                                      \
        }                                                                                                  \
        return 0;                                                                                          \
    }
KINDS(MARKS_OF)

static PyObject *marks(PyObject *self, PyObject *args) {
    PyObject *str;
    if (!PyArg_ParseTuple(args, "U", &str)) return NULL;
    Text t;
    if (text_of(str, &t) < 0) return NULL;
    PyObject *pos = PyList_New(0), *mk = PyList_New(0);
    int rc = -1;
    if (pos != NULL && mk != NULL) {
        if (t.kind == PyUnicode_1BYTE_KIND) rc = marks_1(str, (const Py_UCS1 *)t.data, t.n, pos, mk);
        else if (t.kind == PyUnicode_2BYTE_KIND) rc = marks_2(str, (const Py_UCS2 *)t.data, t.n, pos, mk);
        else rc = marks_4(str, (const Py_UCS4 *)t.data, t.n, pos, mk);
    }
    if (rc < 0) {
        Py_XDECREF(pos);
        Py_XDECREF(mk);
        return NULL;
    }
    return Py_BuildValue("(NN)", pos, mk);
}

/* ------------------------------------------------------------------------------------------ gates
 * _R_GATE = \s(?:verb|verb|...)(?![\w’'\-]) over the reporting verbs (all lower-case ASCII letters, set with
 * set_verbs). A match is white space at i, then a verb, then no character of [\w’'\-] (or the end): the verb
 * is then the whole run of letters a-z after the white space (a shorter verb would be followed by a letter),
 * so the run is looked up in the set. The characters of the run are no white space, so the scan goes on after
 * it; after a match it goes on at the match's end, as finditer does. */
/* The word lists of set_verbs and set_keys: the str items of ``seq`` (at most ``max_n``, each of 1 to
 * WORD_MAX characters from ``lo`` to ``hi``) copied into ``words`` (NUL-terminated) and ``lens``. Returns their
 * number, or -1 with a ValueError (``too_many`` or ``bad_item``) or the TypeError of a non-sequence set. */
#define WORD_MAX 24
static Py_ssize_t read_words(PyObject *seq, const char *not_seq, Py_ssize_t max_n, char lo, char hi,
                             const char *too_many, const char *bad_item, char words[][WORD_MAX + 1], int *lens) {
    PyObject *fast = PySequence_Fast(seq, not_seq);
    if (fast == NULL) return -1;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(fast);
    const char *bad = n > max_n ? too_many : NULL;
    for (Py_ssize_t k = 0; k < n && bad == NULL; k++) {
        PyObject *w = PySequence_Fast_GET_ITEM(fast, k);
        Py_ssize_t len = 0;
        const char *s = PyUnicode_Check(w) ? PyUnicode_AsUTF8AndSize(w, &len) : NULL;
        if (s == NULL || len < 1 || len > WORD_MAX) {
            bad = bad_item;
            break;
        }
        for (Py_ssize_t j = 0; j < len; j++)
            if (s[j] < lo || s[j] > hi) bad = bad_item;
        memcpy(words[k], s, (size_t)len);
        words[k][len] = '\0';
        lens[k] = (int)len;
    }
    Py_DECREF(fast);
    if (bad != NULL) {
        PyErr_Clear();
        PyErr_SetString(PyExc_ValueError, bad);
        return -1;
    }
    return n;
}

#define MAX_VERB WORD_MAX
#define MAX_VERBS 256
static char verbs[MAX_VERBS][MAX_VERB + 1];
/* the verbs by first letter and length: bucket[letter][len] lists indexes into verbs, -1 ending the list */
static short bucket[26][MAX_VERB + 1][8];
static int max_verb = 0;

static PyObject *set_verbs(PyObject *self, PyObject *args) {
    PyObject *seq;
    if (!PyArg_ParseTuple(args, "O", &seq)) return NULL;
    static char words[MAX_VERBS][WORD_MAX + 1];
    static int lens[MAX_VERBS];
    Py_ssize_t n = read_words(seq, "set_verbs needs a sequence of str", MAX_VERBS, 'a', 'z',
                              "set_verbs: at most 256 verbs", "set_verbs: every verb is a str of 1-24 letters a-z",
                              words, lens);
    if (n < 0) return NULL;
    int longest = 0;
    for (Py_ssize_t k = 0; k < n; k++)
        if (lens[k] > longest) longest = lens[k];
    short fill[26][MAX_VERB + 1];
    memset(fill, 0, sizeof fill);
    for (Py_ssize_t k = 0; k < n; k++) {
        int a = words[k][0] - 'a', len = lens[k];
        if (fill[a][len] >= 7) {
            PyErr_SetString(PyExc_ValueError, "set_verbs: at most 7 verbs of one first letter and length");
            return NULL;
        }
        fill[a][len]++;
    }
    memset(fill, 0, sizeof fill);
    for (int a = 0; a < 26; a++)
        for (int len = 0; len <= MAX_VERB; len++) bucket[a][len][0] = -1;
    for (Py_ssize_t k = 0; k < n; k++) {
        int a = words[k][0] - 'a', len = lens[k];
        memcpy(verbs[k], words[k], (size_t)len + 1);
        bucket[a][len][fill[a][len]++] = (short)k;
        bucket[a][len][fill[a][len]] = -1;
    }
    max_verb = longest;
    Py_RETURN_NONE;
}


#define GATES_OF(T, K)                                                                                      \
    static int gates_##K(const T *d, Py_ssize_t pos, Py_ssize_t end, PyObject *out) {                       \
        Py_ssize_t i = pos;                                                                                \
        while (i < end) {                                                                                  \
            if (!Py_UNICODE_ISSPACE(d[i])) {                                                               \
                i++;                                                                                       \
                continue;                                                                                  \
            }                                                                                              \
            Py_ssize_t j = i + 1;                                                                          \
            while (j < end && d[j] >= 'a' && d[j] <= 'z') j++;                                             \
            int len = (int)(j - i - 1);                                                                    \
            if (len >= 1 && len <= max_verb) {                                                             \
                /* the verbs of the run's first letter and length, compared letter by letter */            \
                const short *b = bucket[d[i + 1] - 'a'][len];                                              \
                for (; *b >= 0; b++) {                                                                     \
                    const char *v = verbs[*b];                                                             \
                    int q = 1;                                                                             \
                    while (q < len && (Py_UCS4)(unsigned char)v[q] == d[i + 1 + q]) q++;                   \
                    if (q == len) break;                                                                   \
                }                                                                                          \
                if (*b >= 0 && (j >= end || !is_wordish(d[j])) && append_span(out, i, j) == NULL)          \
                    return -1;                                                                             \
            }                                                                                              \
            i = j > i + 1 ? j : i + 1;                                                                     \
        }                                                                                                  \
        return 0;                                                                                          \
    }
KINDS(GATES_OF)

static PyObject *gates(PyObject *self, PyObject *args) {
    PyObject *str;
    Py_ssize_t pos, end;
    if (!PyArg_ParseTuple(args, "Unn", &str, &pos, &end)) return NULL;
    Text t;
    if (text_of(str, &t) < 0) return NULL;
    clip(&t, &pos, &end);
    PyObject *out = PyList_New(0);
    if (out == NULL) return NULL;
    return filled(out, BY_KIND(t, gates, pos, end, out));
}

/* ------------------------------------------------------------------------------------------ sentences
 * _SENTENCE_PIECE = [^.!?…]+(?:[.!?…]+[\"”’')\]]*)? from pos, with end as the end of the text. No match
 * starts at a terminal mark; elsewhere the greedy runs take all the non-terminal characters, then all the
 * terminal marks and then all the closing characters after them (nothing after the runs can fail). */
static inline int is_term(Py_UCS4 c) { return c == '.' || c == '!' || c == '?' || c == 0x2026; }
static inline int is_closer(Py_UCS4 c) {
    return c == '"' || c == 0x201D || c == 0x2019 || c == '\'' || c == ')' || c == ']';
}

#define SENTENCES_OF(T, K)                                                                                  \
    static int sentences_##K(const T *d, Py_ssize_t pos, Py_ssize_t end, Py_ssize_t longer, PyObject *out) { \
        Py_ssize_t i = pos;                                                                                \
        while (i < end) {                                                                                  \
            if (is_term(d[i])) {                                                                           \
                i++;                                                                                       \
                continue;                                                                                  \
            }                                                                                              \
            Py_ssize_t s = i;                                                                              \
            while (i < end && !is_term(d[i])) i++;                                                         \
            if (i < end) {                                                                                 \
                while (i < end && is_term(d[i])) i++;                                                      \
                while (i < end && is_closer(d[i])) i++;                                                    \
            }                                                                                              \
            if (i - s > longer && append_span(out, s, i) == NULL) return -1;                               \
        }                                                                                                  \
        return 0;                                                                                          \
    }
KINDS(SENTENCES_OF)

static PyObject *sentences(PyObject *self, PyObject *args) {
    PyObject *str;
    Py_ssize_t pos, end, longer = 0;
    if (!PyArg_ParseTuple(args, "Unn|n", &str, &pos, &end, &longer)) return NULL;
    Text t;
    if (text_of(str, &t) < 0) return NULL;
    clip(&t, &pos, &end);
    PyObject *out = PyList_New(0);
    if (out == NULL) return NULL;
    return filled(out, BY_KIND(t, sentences, pos, end, longer, out));
}

/* ------------------------------------------------------------------------------------------ lines
 * _TRIMMED_LINE = \S(?:[^\n]*\S)? over text[pos:end]: each line (between newlines) from its first to its last
 * character that is no white space, where it has one. wrapped_lines returns these spans where one of them
 * other than the last is longer than ``limit`` characters (a block that is no hard-wrapped text: _units
 * takes its lines for paragraphs), else None, without building the list. */
#define LINES_OF(T, K)                                                                                      \
    static int lines_##K(const T *d, Py_ssize_t pos, Py_ssize_t end, Py_ssize_t limit, PyObject *out) {     \
        int found = 0, prev_long = 0;                                                                      \
        Py_ssize_t i = pos;                                                                                \
        while (i < end) {                                                                                  \
            /* the line: up to the next newline; then its first and last characters that are no white     \
             * space, found from its two ends (the same as testing every character of it) */               \
            Py_ssize_t ls = i;                                                                             \
            while (i < end && d[i] != '\n') i++;                                                           \
            Py_ssize_t first = ls, last = i - 1;                                                           \
            i++; /* the newline */                                                                         \
            while (first <= last && Py_UNICODE_ISSPACE(d[first])) first++;                                 \
            if (first > last) continue;                                                                    \
            while (Py_UNICODE_ISSPACE(d[last])) last--;                                                    \
            if (prev_long) {                                                                               \
                found = 1;                                                                                 \
                if (out == NULL) return 1; /* (the answer is known; only the list needs the rest) */       \
            }                                                                                              \
            prev_long = last + 1 - first > limit;                                                          \
            if (out != NULL && append_span(out, first, last + 1) == NULL) return -1;                      \
        }                                                                                                  \
        return found;                                                                                      \
    }
KINDS(LINES_OF)

static PyObject *wrapped_lines(PyObject *self, PyObject *args) {
    PyObject *str;
    Py_ssize_t pos, end, limit;
    if (!PyArg_ParseTuple(args, "Unnn", &str, &pos, &end, &limit)) return NULL;
    Text t;
    if (text_of(str, &t) < 0) return NULL;
    clip(&t, &pos, &end);
    if (!BY_KIND(t, lines, pos, end, limit, NULL)) Py_RETURN_NONE;
    PyObject *out = PyList_New(0);
    if (out == NULL) return NULL;
    return filled(out, BY_KIND(t, lines, pos, end, limit, out));
}

/* ------------------------------------------------------------------------------------------ key starts
 * The key starts of a text (key_starts_folded, below, finds them in text.lower()): the offsets i of text where some key (set with set_keys: 1-24 printable ASCII characters each) is
 * text[i:i + len(key)], in order, each once: the starts of every occurrence of every key, overlapping ones
 * included, which is what iterating an Aho-Corasick automaton of the keys over the text reports (its ends less
 * the keys' lengths). A key's characters are compared one by one with the text's code points, so a non-ASCII
 * character never equals one. */
#define MAX_KEY WORD_MAX
#define MAX_KEYS 64
static char keys[MAX_KEYS][MAX_KEY + 1];
static int key_len[MAX_KEYS];
static short by_first[128][MAX_KEYS + 1]; /* the keys of each first character, -1 ending the list */
/* a quick test first: may a key start with these two characters (or is there a key of one character)? */
static unsigned char pair_ok[128][128];
static unsigned char single[128];
static int keys_set = 0;
/* a quicker test where every key has three characters or more and their first three use at most 31 distinct
 * characters (the document nouns): each character's 5-bit code (0: in no key's first three), and whether three
 * codes in a row open a key (key_starts_folded reads one code per character and tests the last three) */
static unsigned char tri_code[128];
static unsigned char tri_ok[1 << 15];
static int tri_on = 0;

static PyObject *set_keys(PyObject *self, PyObject *args) {
    PyObject *seq;
    if (!PyArg_ParseTuple(args, "O", &seq)) return NULL;
    static char words[MAX_KEYS][WORD_MAX + 1];
    static int lens[MAX_KEYS];
    Py_ssize_t n = read_words(seq, "set_keys needs a sequence of str", MAX_KEYS, ' ', '~', "set_keys: at most 64 keys",
                              "set_keys: every key is a str of 1-24 printable ASCII characters", words, lens);
    if (n < 0) return NULL;
    int fill[128];
    memset(fill, 0, sizeof fill);
    for (int c = 0; c < 128; c++) by_first[c][0] = -1;
    memset(pair_ok, 0, sizeof pair_ok);
    memset(single, 0, sizeof single);
    for (Py_ssize_t k = 0; k < n; k++) {
        int c = (unsigned char)words[k][0];
        if (lens[k] == 1) single[c] = 1;
        else pair_ok[c][(unsigned char)words[k][1]] = 1;
        memcpy(keys[k], words[k], (size_t)lens[k] + 1);
        key_len[k] = lens[k];
        by_first[c][fill[c]++] = (short)k;
        by_first[c][fill[c]] = -1;
    }
    memset(tri_code, 0, sizeof tri_code);
    memset(tri_ok, 0, sizeof tri_ok);
    tri_on = 1;
    int n_codes = 0;
    for (Py_ssize_t k = 0; k < n && tri_on; k++) {
        if (lens[k] < 3) tri_on = 0;
        for (int j = 0; j < 3 && tri_on; j++) {
            int c = (unsigned char)words[k][j];
            if (!tri_code[c]) {
                if (n_codes == 31) tri_on = 0;
                else tri_code[c] = (unsigned char)++n_codes;
            }
        }
        if (tri_on)
            tri_ok[(tri_code[(unsigned char)words[k][0]] << 10) | (tri_code[(unsigned char)words[k][1]] << 5)
                   | tri_code[(unsigned char)words[k][2]]] = 1;
    }
    keys_set = 1;
    Py_RETURN_NONE;
}

/* ------------------------------------------------------------------------------------------ reported sentences
 * reported_sentences(text, units, gates, r_max): the sentences discourse._reported._reported looks at, as
 * (unit, start, end, k), the list _reported._looked_at_py builds with the same loop: for each unit (us, ue) in
 * order, k is moved past the places (gates: sorted (start, end) pairs) that start before us; a unit where no
 * place starts before ue and of at most r_max characters is passed over; otherwise its sentence pieces (the
 * scan of ``sentences`` above over text[us:ue], clipped as it clips, only those longer than r_max where no place
 * starts in the unit) are read in order, k is moved past the places that start before the piece, and the piece
 * (s, e) is listed when it is longer than r_max or the place k ends at or before e. */
/* the (start, end) pairs of a sequence of 2-tuples of ints as two arrays (PyMem), or -1 with a TypeError */
static Py_ssize_t read_spans(PyObject *seq, const char *what, Py_ssize_t **a, Py_ssize_t **b) {
    PyObject *fast = PySequence_Fast(seq, what);
    if (fast == NULL) return -1;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(fast);
    *a = PyMem_New(Py_ssize_t, n > 0 ? n : 1);
    *b = PyMem_New(Py_ssize_t, n > 0 ? n : 1);
    if (*a == NULL || *b == NULL) {
        PyMem_Free(*a);
        PyMem_Free(*b);
        Py_DECREF(fast);
        PyErr_NoMemory();
        return -1;
    }
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *it = PySequence_Fast_GET_ITEM(fast, k);
        if (!PyTuple_Check(it) || PyTuple_GET_SIZE(it) != 2) {
            PyErr_SetString(PyExc_TypeError, what);
            goto bad;
        }
        (*a)[k] = PyLong_AsSsize_t(PyTuple_GET_ITEM(it, 0));
        (*b)[k] = PyLong_AsSsize_t(PyTuple_GET_ITEM(it, 1));
        if (PyErr_Occurred()) goto bad;
    }
    Py_DECREF(fast);
    return n;
bad:
    PyMem_Free(*a);
    PyMem_Free(*b);
    Py_DECREF(fast);
    return -1;
}

static int append_looked(PyObject *out, Py_ssize_t u, Py_ssize_t s, Py_ssize_t e, Py_ssize_t k) {
    PyObject *item = Py_BuildValue("(nnnn)", u, s, e, k);
    if (item == NULL) return -1;
    int rc = PyList_Append(out, item);
    Py_DECREF(item);
    return rc;
}

#define LOOKED_OF(T, K)                                                                                     \
    static int looked_##K(const T *d, Py_ssize_t n, const Py_ssize_t *us, const Py_ssize_t *ue,             \
                          Py_ssize_t n_units, const Py_ssize_t *gs, const Py_ssize_t *ge, Py_ssize_t n_gates,  \
                          Py_ssize_t r_max, PyObject *out) {                                                \
        Py_ssize_t k = 0;                                                                                  \
        for (Py_ssize_t u = 0; u < n_units; u++) {                                                         \
            while (k < n_gates && gs[k] < us[u]) k++;                                                      \
            int has_place = k < n_gates && gs[k] < ue[u];                                                  \
            if (!has_place && ue[u] - us[u] <= r_max) continue;                                            \
            Py_ssize_t longer = has_place ? 0 : r_max;                                                     \
            Py_ssize_t i = us[u], end = ue[u];                                                             \
            if (i < 0) i = 0;                                                                              \
            if (end > n) end = n;                                                                          \
            if (end < 0) end = 0;                                                                          \
            while (i < end) {                                                                              \
                if (is_term(d[i])) {                                                                       \
                    i++;                                                                                   \
                    continue;                                                                              \
                }                                                                                          \
                Py_ssize_t s = i;                                                                          \
                while (i < end && !is_term(d[i])) i++;                                                     \
                if (i < end) {                                                                             \
                    while (i < end && is_term(d[i])) i++;                                                  \
                    while (i < end && is_closer(d[i])) i++;                                                \
                }                                                                                          \
                if (i - s <= longer) continue;                                                             \
                while (k < n_gates && gs[k] < s) k++;                                                      \
                if ((i - s > r_max || (k < n_gates && ge[k] <= i)) && append_looked(out, u, s, i, k) < 0)  \
                    return -1;                                                                             \
            }                                                                                              \
        }                                                                                                  \
        return 0;                                                                                          \
    }
KINDS(LOOKED_OF)

static PyObject *reported_sentences(PyObject *self, PyObject *args) {
    PyObject *str, *units, *gates;
    Py_ssize_t r_max;
    if (!PyArg_ParseTuple(args, "UOOn", &str, &units, &gates, &r_max)) return NULL;
    Text t;
    if (text_of(str, &t) < 0) return NULL;
    Py_ssize_t *us, *ue, *gs, *ge;
    Py_ssize_t n_units = read_spans(units, "reported_sentences: units must be (start, end) pairs of ints", &us, &ue);
    if (n_units < 0) return NULL;
    Py_ssize_t n_gates = read_spans(gates, "reported_sentences: gates must be (start, end) pairs of ints", &gs, &ge);
    if (n_gates < 0) {
        PyMem_Free(us);
        PyMem_Free(ue);
        return NULL;
    }
    PyObject *out = PyList_New(0);
    int rc = -1;
    if (out != NULL) rc = BY_KIND(t, looked, t.n, us, ue, n_units, gs, ge, n_gates, r_max, out);
    PyMem_Free(us);
    PyMem_Free(ue);
    PyMem_Free(gs);
    PyMem_Free(ge);
    return out == NULL ? NULL : filled(out, rc);
}

/* ------------------------------------------------------------------------------------------ paragraph spans
 * spans_clean(spans, n): True where ``spans`` is a list of 2-tuples of ints (exactly int, not bool or another
 * integer type) with 0 <= start < end <= n, each ending at or before the next one starts; then
 * _quote_marks._clean_paragraphs (clip to the text, sort, trim overlaps, drop the empty) returns the same
 * spans, and its loop need not run. False for anything else (the loop then decides). */
static PyObject *spans_clean(PyObject *self, PyObject *args) {
    PyObject *spans;
    Py_ssize_t n;
    if (!PyArg_ParseTuple(args, "On", &spans, &n)) return NULL;
    if (!PyList_CheckExact(spans)) Py_RETURN_FALSE;
    Py_ssize_t prev_end = 0;
    for (Py_ssize_t k = 0; k < PyList_GET_SIZE(spans); k++) {
        PyObject *it = PyList_GET_ITEM(spans, k);
        if (!PyTuple_CheckExact(it) || PyTuple_GET_SIZE(it) != 2) Py_RETURN_FALSE;
        PyObject *a = PyTuple_GET_ITEM(it, 0), *b = PyTuple_GET_ITEM(it, 1);
        if (!PyLong_CheckExact(a) || !PyLong_CheckExact(b)) Py_RETURN_FALSE;
        int over = 0;
        long long s = PyLong_AsLongLongAndOverflow(a, &over);
        if (over) Py_RETURN_FALSE;
        long long e = PyLong_AsLongLongAndOverflow(b, &over);
        if (over) Py_RETURN_FALSE;
        if (s < prev_end || e <= s || e > n) Py_RETURN_FALSE;
        prev_end = (Py_ssize_t)e;
    }
    Py_RETURN_TRUE;
}

/* ------------------------------------------------------------------------------------------ fold_at
 * set_fold(codes): the code points (each below 0x250) of quotes._FOLD, the Latin capitals outside ASCII that
 * find_quote_spans folds to their base letter. fold_at(text): the offset of the first of them in text, or -1:
 * _FOLD_RX.search(text) (a class of single characters, so the first position holding one is its match). */
#define FOLD_LIMIT 0x250
static unsigned char fold_set[FOLD_LIMIT];

static PyObject *set_fold(PyObject *self, PyObject *args) {
    PyObject *codes;
    if (!PyArg_ParseTuple(args, "O", &codes)) return NULL;
    PyObject *seq = PySequence_Fast(codes, "set_fold needs a sequence of int code points");
    if (seq == NULL) return NULL;
    unsigned char fresh[FOLD_LIMIT] = {0};
    for (Py_ssize_t k = 0; k < PySequence_Fast_GET_SIZE(seq); k++) {
        long c = PyLong_AsLong(PySequence_Fast_GET_ITEM(seq, k));
        if (c == -1 && PyErr_Occurred()) {
            Py_DECREF(seq);
            return NULL;
        }
        if (c < 128 || c >= FOLD_LIMIT) {
            Py_DECREF(seq);
            PyErr_SetString(PyExc_ValueError, "set_fold: every code point is from 128 to 0x24F");
            return NULL;
        }
        fresh[c] = 1;
    }
    Py_DECREF(seq);
    memcpy(fold_set, fresh, sizeof fresh);
    Py_RETURN_NONE;
}

static PyObject *fold_at(PyObject *self, PyObject *args) {
    PyObject *str;
    if (!PyArg_ParseTuple(args, "U", &str)) return NULL;
    Text t;
    if (text_of(str, &t) < 0) return NULL;
    if (t.kind == PyUnicode_1BYTE_KIND) {
        const Py_UCS1 *d = t.data;
        for (Py_ssize_t i = 0; i < t.n; i++)
            if (d[i] >= 0xC0 && fold_set[d[i]]) return PyLong_FromSsize_t(i);
    } else if (t.kind == PyUnicode_2BYTE_KIND) {
        const Py_UCS2 *d = t.data;
        for (Py_ssize_t i = 0; i < t.n; i++)
            if (d[i] >= 0xC0 && d[i] < FOLD_LIMIT && fold_set[d[i]]) return PyLong_FromSsize_t(i);
    } else {
        const Py_UCS4 *d = t.data;
        for (Py_ssize_t i = 0; i < t.n; i++)
            if (d[i] >= 0xC0 && d[i] < FOLD_LIMIT && fold_set[d[i]]) return PyLong_FromSsize_t(i);
    }
    return PyLong_FromSsize_t(-1);
}

/* ------------------------------------------------------------------------------------------ units
 * units(text, paras, limit): the loop of _quote_marks._units before _join_wrapped: each paragraph (s, e) without
 * a newline as it is; one with a newline as its trimmed lines (the spans of wrapped_lines) where one before the
 * last is longer than limit, else as it is. */
static PyObject *units(PyObject *self, PyObject *args) {
    PyObject *str, *paras;
    Py_ssize_t limit;
    if (!PyArg_ParseTuple(args, "UOn", &str, &paras, &limit)) return NULL;
    Text t;
    if (text_of(str, &t) < 0) return NULL;
    Py_ssize_t *ps, *pe;
    Py_ssize_t n = read_spans(paras, "units: paragraphs must be (start, end) pairs of ints", &ps, &pe);
    if (n < 0) return NULL;
    PyObject *out = PyList_New(0);
    int rc = out == NULL ? -1 : 0;
    for (Py_ssize_t k = 0; k < n && rc >= 0; k++) {
        Py_ssize_t pos = ps[k], end = pe[k];
        clip(&t, &pos, &end);
        /* text.find("\n", s, e) as str.find reads its bounds: clipped like a slice (a negative start counts
         * from the end) */
        Py_ssize_t fs = ps[k], fe = pe[k];
        if (fs < 0) fs = fs + t.n < 0 ? 0 : fs + t.n;
        if (fe < 0) fe = fe + t.n < 0 ? 0 : fe + t.n;
        if (fe > t.n) fe = t.n;
        Py_ssize_t nl = PyUnicode_FindChar(str, '\n', fs, fe, 1);
        if (nl == -2) { /* (an error, set by the call) */
            rc = -1;
            break;
        }
        int has_nl = nl >= 0;
        int found = 0;
        if (has_nl) found = BY_KIND(t, lines, pos, end, limit, NULL);
        if (found) rc = BY_KIND(t, lines, pos, end, limit, out);
        else if (append_span(out, ps[k], pe[k]) == NULL) rc = -1;
    }
    PyMem_Free(ps);
    PyMem_Free(pe);
    return out == NULL ? NULL : filled(out, rc);
}

/* ------------------------------------------------------------------------------------------ reported places
 * reported_places(text, units): what discourse._reported._reported_places returns, sorted(set(places)) of
 * the places: the gates of the whole text; for each unit (us, ue) that ends inside a word (0 < ue < len(text),
 * ue > us, text[ue] of [\w’'\-]: _WORDISH.match) the gates of text[max(us, ue - 40):ue] (the last verb's end as
 * the unit sees it); (k - 1, k + 8) for every 'ccording' found by text.find from 1 on (each search going on at
 * k + 8) with 'A' or 'a' before it. The list is sorted (tuple order) and equal neighbours dropped. */
static PyObject *reported_places(PyObject *self, PyObject *args) {
    PyObject *str, *unit_list;
    if (!PyArg_ParseTuple(args, "UO", &str, &unit_list)) return NULL;
    Text t;
    if (text_of(str, &t) < 0) return NULL;
    Py_ssize_t *us, *ue;
    Py_ssize_t n_units = read_spans(unit_list, "reported_places: units must be (start, end) pairs of ints", &us, &ue);
    if (n_units < 0) return NULL;
    PyObject *places = PyList_New(0), *word = NULL, *out = NULL;
    int rc = places == NULL ? -1 : BY_KIND(t, gates, 0, t.n, places);
    for (Py_ssize_t u = 0; u < n_units && rc >= 0; u++) {
        Py_ssize_t a = us[u], b = ue[u];
        if (!(b < t.n && b > 0 && b > a)) continue;
        if (!is_wordish(PyUnicode_READ(t.kind, t.data, b))) continue;
        Py_ssize_t pos = a > b - 40 ? a : b - 40, end = b;
        clip(&t, &pos, &end);
        rc = BY_KIND(t, gates, pos, end, places);
    }
    PyMem_Free(us);
    PyMem_Free(ue);
    if (rc >= 0) {
        word = PyUnicode_FromString("ccording");
        if (word == NULL) rc = -1;
    }
    if (rc >= 0) {
        Py_ssize_t k = PyUnicode_Find(str, word, 1, t.n, 1);
        while (k > 0) {
            Py_UCS4 c = PyUnicode_READ(t.kind, t.data, k - 1);
            if ((c == 'A' || c == 'a') && append_span(places, k - 1, k + 8) == NULL) {
                rc = -1;
                break;
            }
            k = PyUnicode_Find(str, word, k + 8, t.n, 1);
        }
        if (k == -2) rc = -1;
    }
    Py_XDECREF(word);
    if (rc >= 0 && PyList_Sort(places) < 0) rc = -1;
    if (rc >= 0) {
        out = PyList_New(0);
        if (out == NULL) rc = -1;
    }
    for (Py_ssize_t k = 0; rc >= 0 && k < PyList_GET_SIZE(places); k++) {
        PyObject *it = PyList_GET_ITEM(places, k);
        if (k > 0) {
            int same = PyObject_RichCompareBool(it, PyList_GET_ITEM(places, k - 1), Py_EQ);
            if (same < 0) rc = -1;
            if (same != 0) continue;
        }
        if (PyList_Append(out, it) < 0) rc = -1;
    }
    Py_XDECREF(places);
    if (rc < 0) {
        Py_XDECREF(out);
        return NULL;
    }
    return out;
}

/* ------------------------------------------------------------------------------------------ noun-phrase starts
 * np_starts(window, anchors, appos): the list discourse._quote_cues._np_starts_py gives, the places where
 * _quote_cues._np_matches tries a pattern that opens with a noun phrase, in order. For each anchor a (clipped to
 * the window as re clips an end): lo, the last bar before a (_quote_cues._LAST_BAR.match(window, 0, a): the
 * last character before a that is not of [\w\s\-’'.,], or a comma not followed, before a, by white space and
 * Jr, Sr, Jnr or Snr; -1 where there is none); with ``appos``, where lo is a comma and another comma stands
 * before it, the last bar before that comma instead; then every place p from lo + 1 to a of an ASCII letter
 * without [\w’'] before it (_NP_START.finditer(window, lo + 1, a): the look-behind sees the character before
 * lo + 1). The places of all anchors, each once, in order, that pass np_may_start (_quote_cues._np_may_start,
 * the rule and its reasoning; its words set with set_np_words). */
#define NP_WORDS 128
static char np_prons[NP_WORDS][WORD_MAX + 1], np_dets[NP_WORDS][WORD_MAX + 1], np_roles[NP_WORDS][WORD_MAX + 1];
static char np_advs[NP_WORDS][WORD_MAX + 1], np_free[NP_WORDS][WORD_MAX + 1];
static int np_pron_len[NP_WORDS], np_det_len[NP_WORDS], np_role_len[NP_WORDS], np_adv_len[NP_WORDS],
    np_free_len[NP_WORDS];
static Py_ssize_t n_np_prons = 0, n_np_dets = 0, n_np_roles = 0, n_np_advs = 0, n_np_free = 0;
static int np_words_set = 0;

static PyObject *set_np_words(PyObject *self, PyObject *args) {
    PyObject *lists[5];
    if (!PyArg_ParseTuple(args, "OOOOO", &lists[0], &lists[1], &lists[2], &lists[3], &lists[4])) return NULL;
    /* the five word lists in argument order: where each is stored, its characters and its error message */
    char(*stores[5])[WORD_MAX + 1] = {np_prons, np_dets, np_roles, np_advs, np_free};
    int *lens[5] = {np_pron_len, np_det_len, np_role_len, np_adv_len, np_free_len};
    const char lo[5] = {'a', 'a', '-', 'A', 'a'}; /* adverb tokens may be capitalised: 'on Monday' (round 20) */
    const char *bad[5] = {"set_np_words: every pronoun is a str of 1-24 letters a-z",
                          "set_np_words: every determiner is a str of 1-24 letters a-z",
                          "set_np_words: every role word is a str of 1-24 ASCII characters from '-' to 'z'",
                          "set_np_words: every adverb token is a str of 1-24 ASCII characters from 'A' to 'z'",
                          "set_np_words: every name word is a str of 1-24 letters a-z"};
    Py_ssize_t got[5];
    np_words_set = 0; /* a list refused below leaves the lists half written: np_starts refuses until set again */
    for (int i = 0; i < 5; i++) {
        got[i] = read_words(lists[i], "set_np_words needs five sequences of str", NP_WORDS, lo[i], 'z',
                            "set_np_words: at most 128 words in each list", bad[i], stores[i], lens[i]);
        if (got[i] < 0) return NULL;
    }
    n_np_prons = got[0];
    n_np_dets = got[1];
    n_np_roles = got[2];
    n_np_advs = got[3];
    n_np_free = got[4];
    np_words_set = 1;
    Py_RETURN_NONE;
}

static inline int is_az_lower(Py_UCS4 c) { return c >= 'a' && c <= 'z'; }
/* [\w\-]: the characters of _BARE's words */
static inline int is_bare_char(Py_UCS4 c) { return is_word(c) || c == '-'; }

#define NP_OF(T, K)                                                                                        \
    /* does the ASCII word w (len) stand at p of d? */                                                     \
    static int np_word_at_##K(const T *d, Py_ssize_t n, Py_ssize_t p, const char *w, int len) {            \
        if (p + len > n) return 0;                                                                         \
        for (int q = 0; q < len; q++)                                                                      \
            if (d[p + q] != (Py_UCS4)(unsigned char)w[q]) return 0;                                        \
        return 1;                                                                                          \
    }                                                                                                      \
    /* a run of [a-z-] opening with a-z that ends in a suffix of _quote_cues._AGENT_NOUN (looser: its excluded  \
     * words and the -ior of Latin comparatives are not asked): er, or (5+); ist, ian, ant, man (6+); person (9+) */ \
    static int np_agent_##K(const T *d, Py_ssize_t a, Py_ssize_t b) {                                      \
        Py_ssize_t len = b - a;                                                                            \
        if (len < 5 || !is_az_lower(d[a])) return 0;                                                       \
        for (Py_ssize_t q = a + 1; q < b; q++)                                                             \
            if (!(is_az_lower(d[q]) || d[q] == '-')) return 0;                                             \
        if ((d[b - 1] == 'r') && (d[b - 2] == 'e' || d[b - 2] == 'o')) return 1;                           \
        if (len >= 6 && ((d[b - 3] == 'i' && d[b - 2] == 's' && d[b - 1] == 't') ||                        \
                         (d[b - 3] == 'i' && d[b - 2] == 'a' && d[b - 1] == 'n') ||                        \
                         (d[b - 3] == 'a' && d[b - 2] == 'n' && d[b - 1] == 't') ||                        \
                         (d[b - 3] == 'm' && d[b - 2] == 'a' && d[b - 1] == 'n')))                         \
            return 1;                                                                                      \
        return len >= 9 && np_word_at_##K(d, b, b - 6, "person", 6);                                       \
    }                                                                                                      \
    /* _quote_cues._plural_run */                                                                          \
    static int np_plural_##K(const T *d, Py_ssize_t n, Py_ssize_t p) {                                     \
        Py_ssize_t e = p;                                                                                  \
        while (e < n && is_bare_char(d[e])) e++;                                                           \
        if (e >= n || !(Py_UNICODE_ISSPACE(d[e]) || d[e] == ',')) return 0;                                \
        /* or a plural of a person without -s, _quote_cues.PERSON_PLURALS */                               \
        if ((e - p == 6 && np_word_at_##K(d, n, p, "people", 6)) ||                                        \
            (e - p == 8 && np_word_at_##K(d, n, p, "children", 8)) ||                                      \
            (e - p == 5 && np_word_at_##K(d, n, p, "women", 5)) ||                                         \
            (e - p == 3 && np_word_at_##K(d, n, p, "men", 3)) ||                                           \
            (e - p == 6 && np_word_at_##K(d, n, p, "police", 6)))                                          \
            return 1;                                                                                      \
        if (e - p < 5) return 0;                                                                           \
        return is_az_lower(d[p]) && d[e - 1] == 's' && is_az_lower(d[e - 2]) && d[e - 2] != 's';           \
    }                                                                                                      \
    /* _quote_cues._np_may_start */                                                                        \
    static int np_may_##K(const T *d, Py_ssize_t n, Py_ssize_t s) {                                        \
        if (!is_az_lower(d[s])) return 1;                                                                  \
        for (Py_ssize_t k = 0; k < n_np_prons; k++) {                                                      \
            Py_ssize_t e = s + np_pron_len[k];                                                             \
            if (np_word_at_##K(d, n, s, np_prons[k], np_pron_len[k]) && e < n &&                           \
                (Py_UNICODE_ISSPACE(d[e]) || d[e] == ','))                                                 \
                return 1;                                                                                  \
        }                                                                                                  \
        for (Py_ssize_t k = 0; k < n_np_dets; k++) {                                                       \
            Py_ssize_t e = s + np_det_len[k];                                                              \
            if (np_word_at_##K(d, n, s, np_dets[k], np_det_len[k]) && e < n && Py_UNICODE_ISSPACE(d[e]))   \
                return 1;                                                                                  \
        }                                                                                                  \
        /* the first four tokens (runs of non-space characters; the first starts at s) */                  \
        Py_ssize_t ts[4], te[4];                                                                           \
        int nt = 0;                                                                                        \
        Py_ssize_t p = s;                                                                                  \
        while (nt < 4 && p < n) {                                                                          \
            ts[nt] = p;                                                                                    \
            while (p < n && !Py_UNICODE_ISSPACE(d[p])) p++;                                                \
            te[nt++] = p;                                                                                  \
            while (p < n && Py_UNICODE_ISSPACE(d[p])) p++;                                                 \
        }                                                                                                  \
        for (int i = 0; i < 3 && i + 1 < nt; i++) {                                                        \
            if (!(d[ts[i + 1]] >= 'A' && d[ts[i + 1]] <= 'Z')) continue;                                   \
            int len = (int)(te[i] - ts[i]);                                                                \
            for (Py_ssize_t k = 0; k < n_np_roles; k++)                                                    \
                if (np_role_len[k] == len && np_word_at_##K(d, n, ts[i], np_roles[k], len)) return 1;      \
            if (np_agent_##K(d, ts[i], te[i])) return 1;                                                   \
        }                                                                                                  \
        if (np_plural_##K(d, n, s)) return 1;                                                              \
        Py_ssize_t e = s;                                                                                  \
        while (e < n && is_bare_char(d[e])) e++;                                                           \
        if (e < n && Py_UNICODE_ISSPACE(d[e])) {                                                           \
            p = e;                                                                                         \
            while (p < n && Py_UNICODE_ISSPACE(d[p])) p++;                                                 \
            if (p < n && np_plural_##K(d, n, p)) return 1;                                                 \
        }                                                                                                  \
        return 0;                                                                                          \
    }                                                                                                      \
    /* is the token d[a:b] one of the words w (lens) of a list of n? */                                    \
    static int np_token_in_##K(const T *d, Py_ssize_t a, Py_ssize_t b, char w[][WORD_MAX + 1],             \
                               const int *lens, Py_ssize_t n) {                                            \
        for (Py_ssize_t k = 0; k < n; k++)                                                                 \
            if (lens[k] == b - a && np_word_at_##K(d, b, a, w[k], lens[k])) return 1;                      \
        return 0;                                                                                          \
    }                                                                                                      \
    /* _quote_cues._np_tokens_fit on the tokens (runs of non-space characters) of d[a:b]: a first pass     \
     * counts them and keeps the first and the last four, the adverb tokens at the end are taken off (at    \
     * most four, with ``adverbs``), and a second pass counts the other tokens among the rest */             \
    static int np_fit_##K(const T *d, Py_ssize_t a, Py_ssize_t b, int adverbs) {                           \
        Py_ssize_t nt = 0, ls[4], le[4], f0 = 0, f1 = 0, p = a;                                            \
        while (p < b) {                                                                                    \
            while (p < b && Py_UNICODE_ISSPACE(d[p])) p++;                                                 \
            if (p >= b) break;                                                                             \
            Py_ssize_t t0 = p;                                                                             \
            while (p < b && !Py_UNICODE_ISSPACE(d[p])) p++;                                                \
            if (nt == 0) {                                                                                 \
                f0 = t0;                                                                                   \
                f1 = p;                                                                                    \
            }                                                                                              \
            ls[nt % 4] = t0;                                                                               \
            le[nt % 4] = p;                                                                                \
            nt++;                                                                                          \
        }                                                                                                  \
        Py_ssize_t k = nt;                                                                                 \
        while (adverbs && k > 0 && nt - k < 4 &&                                                           \
               np_token_in_##K(d, ls[(k - 1) % 4], le[(k - 1) % 4], np_advs, np_adv_len, n_np_advs))       \
            k--;                                                                                           \
        Py_ssize_t other = 0, i = 0;                                                                       \
        p = a;                                                                                             \
        while (i < k && p < b) {                                                                           \
            while (p < b && Py_UNICODE_ISSPACE(d[p])) p++;                                                 \
            Py_ssize_t t0 = p;                                                                             \
            while (p < b && !Py_UNICODE_ISSPACE(d[p])) p++;                                                \
            if (!(d[t0] >= 'A' && d[t0] <= 'Z') && !(p - t0 == 1 && d[t0] == '&') &&                       \
                !np_token_in_##K(d, t0, p, np_free, np_free_len, n_np_free)) {                             \
                /* _quote_cues._hyphen_name: a free word, '-', a capital A-Z ('al-Rubaie') */               \
                Py_ssize_t h = t0;                                                                         \
                while (h < p && d[h] != '-') h++;                                                          \
                if (!(h > t0 && h + 1 < p && d[h + 1] >= 'A' && d[h + 1] <= 'Z' &&                         \
                      np_token_in_##K(d, t0, h, np_free, np_free_len, n_np_free)))                         \
                    other++;                                                                               \
            }                                                                                              \
            i++;                                                                                           \
        }                                                                                                  \
        if (other <= 3) return 1;                                                                          \
        if (k <= 14 && nt > 0) {                                                                           \
            /* the first token a determiner, its first letter in either case */                            \
            Py_ssize_t len = f1 - f0;                                                                      \
            for (Py_ssize_t q = 0; q < n_np_dets; q++) {                                                   \
                if (np_det_len[q] != len) continue;                                                        \
                Py_UCS4 c0 = d[f0], w0 = (Py_UCS4)(unsigned char)np_dets[q][0];                            \
                if (c0 != w0 && c0 != w0 - 32) continue;                                                   \
                if (np_word_at_##K(d, f1, f0 + 1, np_dets[q] + 1, (int)len - 1)) return 1;                 \
            }                                                                                              \
        }                                                                                                  \
        return 0;                                                                                          \
    }                                                                                                      \
    /* _quote_cues._np_reaches */                                                                          \
    static int np_reaches_##K(const T *d, Py_ssize_t s, const Py_ssize_t *anchors, Py_ssize_t n_anchors,   \
                              Py_ssize_t n) {                                                              \
        for (Py_ssize_t j = 0; j < n_anchors; j++) {                                                       \
            Py_ssize_t g = anchors[j];                                                                     \
            if (g > n) g = n;                                                                              \
            if (g <= s) continue;                                                                          \
            Py_ssize_t commas = 0, k = -1, k2 = -1;                                                        \
            for (Py_ssize_t p = s; p < g; p++)                                                             \
                if (d[p] == ',') {                                                                         \
                    commas++;                                                                              \
                    k2 = k;                                                                                \
                    k = p;                                                                                 \
                }                                                                                          \
            if (commas == 0) {                                                                             \
                if (np_fit_##K(d, s, g, 1)) return 1;                                                      \
                continue;                                                                                  \
            }                                                                                              \
            if (commas > 4) continue;                                                                      \
            Py_ssize_t p = k + 1;                                                                          \
            if (p < g && Py_UNICODE_ISSPACE(d[p])) {                                                       \
                while (p < g && Py_UNICODE_ISSPACE(d[p])) p++;                                             \
                if (np_word_at_##K(d, g, p, "Jr", 2) || np_word_at_##K(d, g, p, "Sr", 2) ||                \
                    np_word_at_##K(d, g, p, "Jnr", 3) || np_word_at_##K(d, g, p, "Snr", 3))                \
                    return 1;                                                                              \
            }                                                                                              \
            int adverbs_only = 1, nt = 0;                                                                  \
            p = k + 1;                                                                                     \
            while (p < g && adverbs_only) {                                                                \
                while (p < g && Py_UNICODE_ISSPACE(d[p])) p++;                                             \
                if (p >= g) break;                                                                         \
                Py_ssize_t t0 = p;                                                                         \
                while (p < g && !Py_UNICODE_ISSPACE(d[p])) p++;                                            \
                if (++nt > 4 || !np_token_in_##K(d, t0, p, np_advs, np_adv_len, n_np_advs))               \
                    adverbs_only = 0;                                                                      \
            }                                                                                              \
            if (!adverbs_only) continue;                                                                   \
            if (k2 >= 0 && np_fit_##K(d, s, k2, 0)) return 1;                                              \
        }                                                                                                  \
        return 0;                                                                                          \
    }                                                                                                      \
    /* _quote_cues._last_bar(window, end) */                                                               \
    static Py_ssize_t np_last_bar_##K(const T *d, Py_ssize_t end) {                                        \
        for (Py_ssize_t i = end - 1; i >= 0; i--) {                                                        \
            Py_UCS4 c = d[i];                                                                              \
            if (c == ',') {                                                                                \
                Py_ssize_t j = i + 1;                                                                      \
                if (j < end && Py_UNICODE_ISSPACE(d[j])) {                                                 \
                    while (j < end && Py_UNICODE_ISSPACE(d[j])) j++;                                       \
                    if (np_word_at_##K(d, end, j, "Jr", 2) || np_word_at_##K(d, end, j, "Sr", 2) ||        \
                        np_word_at_##K(d, end, j, "Jnr", 3) || np_word_at_##K(d, end, j, "Snr", 3))        \
                        continue;                                                                          \
                }                                                                                          \
                return i;                                                                                  \
            }                                                                                              \
            if (!(is_word(c) || Py_UNICODE_ISSPACE(c) || c == '-' || c == 0x2019 || c == '\'' || c == '.' || \
                  c == '&')) /* (round 17: the '&' of a firm's name) */                                    \
                return i;                                                                                  \
        }                                                                                                  \
        return -1;                                                                                         \
    }                                                                                                      \
    static int np_starts_##K(const T *d, Py_ssize_t n, const Py_ssize_t *anchors, Py_ssize_t n_anchors,    \
                             int appos, int reach, char *mask, PyObject *out) {                            \
        Py_ssize_t first = n, last = 0;                                                                    \
        for (Py_ssize_t k = 0; k < n_anchors; k++) {                                                       \
            Py_ssize_t a = anchors[k];                                                                     \
            if (a > n) a = n;                                                                              \
            if (a < 0) a = 0;                                                                              \
            Py_ssize_t lo = np_last_bar_##K(d, a);                                                         \
            if (appos && lo >= 0 && d[lo] == ',') {                                                        \
                Py_ssize_t k2 = lo - 1;                                                                    \
                while (k2 >= 0 && d[k2] != ',') k2--;                                                      \
                if (k2 >= 0) lo = np_last_bar_##K(d, k2);                                                  \
            }                                                                                              \
            for (Py_ssize_t p = lo + 1; p < a; p++) {                                                      \
                Py_UCS4 c = d[p];                                                                          \
                if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) continue;                         \
                if (p > 0 && (is_word(d[p - 1]) || d[p - 1] == 0x2019 || d[p - 1] == '\'')) continue;      \
                mask[p] = 1;                                                                               \
                if (p < first) first = p;                                                                  \
                if (p + 1 > last) last = p + 1;                                                            \
            }                                                                                              \
        }                                                                                                  \
        for (Py_ssize_t p = first; p < last; p++) {                                                        \
            if (!mask[p] || !np_may_##K(d, n, p)) continue;                                                \
            if (reach && !np_reaches_##K(d, p, anchors, n_anchors, n)) continue;                           \
            PyObject *v = PyLong_FromSsize_t(p);                                                           \
            int rc = v == NULL ? -1 : PyList_Append(out, v);                                               \
            Py_XDECREF(v);                                                                                 \
            if (rc < 0) return -1;                                                                         \
        }                                                                                                  \
        return 0;                                                                                          \
    }
KINDS(NP_OF)

static PyObject *np_starts(PyObject *self, PyObject *args) {
    PyObject *str, *anchor_seq;
    int appos = 0, reach = 0;
    if (!PyArg_ParseTuple(args, "UO|pp", &str, &anchor_seq, &appos, &reach)) return NULL;
    if (!np_words_set) {
        PyErr_SetString(PyExc_RuntimeError, "np_starts: call set_np_words first");
        return NULL;
    }
    Text t;
    if (text_of(str, &t) < 0) return NULL;
    PyObject *fast = PySequence_Fast(anchor_seq, "np_starts: anchors must be a sequence of ints");
    if (fast == NULL) return NULL;
    Py_ssize_t n_anchors = PySequence_Fast_GET_SIZE(fast);
    Py_ssize_t *anchors = PyMem_New(Py_ssize_t, n_anchors > 0 ? n_anchors : 1);
    char *mask = PyMem_Calloc((size_t)t.n + 1, 1);
    PyObject *out = NULL;
    if (anchors == NULL || mask == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t k = 0; k < n_anchors; k++) {
        anchors[k] = PyLong_AsSsize_t(PySequence_Fast_GET_ITEM(fast, k));
        if (anchors[k] == -1 && PyErr_Occurred()) goto done;
    }
    out = PyList_New(0);
    if (out != NULL) out = filled(out, BY_KIND(t, np_starts, t.n, anchors, n_anchors, appos, reach, mask, out));
done:
    PyMem_Free(anchors);
    PyMem_Free(mask);
    Py_DECREF(fast);
    return out;
}

/* ------------------------------------------------------------------------------------------ words in lower case
 * lower_word_in(text, slot, pos, end): whether one of the words set with set_lower_words(slot, words) is a whole
 * run of letters a-z in text[pos:end].lower() (discourse._quote_cues._WordSet.found: its _words_rx pattern
 * searched in the lower-cased slice). The runs are read from the text itself: A-Z and a-z give their letter,
 * the Kelvin sign U+212A gives k, U+0130 (capital I with a dot) gives i followed by a combining dot (U+0307),
 * which ends the run; every other character's lower case holds no letter a-z (str.lower over all code points),
 * so it ends the run. Lower-casing a slice maps each character as lower-casing the whole text would except the
 * final sigma, whose lower case is no letter a-z either way. Each run (of at most WORD_MAX letters; a longer
 * run is none of the words) is looked up among the slot's words, sorted, by binary search. */
#define LW_SLOTS 8
#define LW_WORDS 1024
static char lw_words[LW_SLOTS][LW_WORDS][WORD_MAX + 1];
static int lw_lens[LW_SLOTS][LW_WORDS];
static Py_ssize_t lw_n[LW_SLOTS];
static int lw_set[LW_SLOTS];

static PyObject *set_lower_words(PyObject *self, PyObject *args) {
    int slot;
    PyObject *seq;
    if (!PyArg_ParseTuple(args, "iO", &slot, &seq)) return NULL;
    if (slot < 0 || slot >= LW_SLOTS) {
        PyErr_SetString(PyExc_ValueError, "set_lower_words: the slot is 0 to 7");
        return NULL;
    }
    static char words[LW_WORDS][WORD_MAX + 1];
    static int lens[LW_WORDS];
    Py_ssize_t n = read_words(seq, "set_lower_words needs a sequence of str", LW_WORDS, 'a', 'z',
                              "set_lower_words: at most 1024 words",
                              "set_lower_words: every word is a str of 1-24 letters a-z", words, lens);
    if (n < 0) return NULL;
    for (Py_ssize_t k = 1; k < n; k++)
        if (strcmp(words[k - 1], words[k]) >= 0) {
            PyErr_SetString(PyExc_ValueError, "set_lower_words: the words must be sorted, each once");
            return NULL;
        }
    memcpy(lw_words[slot], words, sizeof words);
    memcpy(lw_lens[slot], lens, sizeof lens);
    lw_n[slot] = n;
    lw_set[slot] = 1;
    Py_RETURN_NONE;
}

static int lw_has(int slot, const char *run) {
    Py_ssize_t lo = 0, hi = lw_n[slot];
    while (lo < hi) {
        Py_ssize_t mid = (lo + hi) / 2;
        int c = strcmp(lw_words[slot][mid], run);
        if (c == 0) return 1;
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return 0;
}

#define LOWER_WORD_OF(T, K)                                                                                 \
    static int lower_word_##K(const T *d, Py_ssize_t pos, Py_ssize_t end, int slot) {                      \
        char run[WORD_MAX + 2];                                                                            \
        int len = 0;                                                                                       \
        for (Py_ssize_t i = pos; i <= end; i++) {                                                          \
            Py_UCS4 c = i < end ? d[i] : 0;                                                                \
            char a = 0;                                                                                    \
            if (c >= 'a' && c <= 'z')                                                                      \
                a = (char)c;                                                                               \
            else if (c >= 'A' && c <= 'Z')                                                                 \
                a = (char)(c + 32);                                                                        \
            else if (c == 0x212A)                                                                          \
                a = 'k';                                                                                   \
            else if (c == 0x130)                                                                           \
                a = 'i';                                                                                   \
            if (a) {                                                                                       \
                if (len <= WORD_MAX) run[len++] = a;                                                       \
                if (c != 0x130) continue;                                                                  \
            }                                                                                              \
            /* the run ends here (after the i of U+0130) */                                                \
            if (len > 0 && len <= WORD_MAX) {                                                              \
                run[len] = '\0';                                                                           \
                if (lw_has(slot, run)) return 1;                                                           \
            }                                                                                              \
            len = 0;                                                                                       \
        }                                                                                                  \
        return 0;                                                                                          \
    }
KINDS(LOWER_WORD_OF)

static PyObject *lower_word_in(PyObject *self, PyObject *args) {
    PyObject *str;
    int slot;
    Py_ssize_t pos, end;
    if (!PyArg_ParseTuple(args, "Uinn", &str, &slot, &pos, &end)) return NULL;
    if (slot < 0 || slot >= LW_SLOTS || !lw_set[slot]) {
        PyErr_SetString(PyExc_ValueError, "lower_word_in: no words set in this slot (set_lower_words)");
        return NULL;
    }
    Text t;
    if (text_of(str, &t) < 0) return NULL;
    clip(&t, &pos, &end);
    if (pos >= end) Py_RETURN_FALSE;
    return PyBool_FromLong(BY_KIND(t, lower_word, pos, end, slot));
}

/* ------------------------------------------------------------------------------------------ name runs
 * name_runs(text, dropped): the runs of capitalised words of the speaker name table,
 * discourse._speaker_names._RUN_RE.finditer(text), as (start, run end, match end, sentence start, run) for every
 * match whose run (its group "run") is not in the set ``dropped``; ``sentence start`` is what
 * discourse._speakers._name_runs gives: start 0, or text[max(0, start - 4):start] with its trailing white space
 * stripped empty, ending in one of .!?:;"“” or with a newline in the white space stripped.
 *
 *   _RUN_RE = (?=CAP)(?<![\w’'.])(?P<run>NW(?:[ \t]+(?:(?:PARTICLE|of|for)(?:[ \t]+|-(?=CAP))){0,2}NW){0,11})(?:,?\s+(?:Jr|Sr)\b\.?)?
 *   NW      = (?:(?:TITLE)\.|(?:[A-Z]\.){1,3}[A-Z]?\.?|CAP[\w’'\-]*(?:/CAP[\w’'\-]*)*)      CAP = [A-ZÀ-ÖØ-Þ]
 *
 * with the titles and particles set by set_run_words. Why the plain loop finds re's matches: every part after
 * the first NW is optional, so the first way re's backtracking finds through the pattern is the match, and it
 * is the greedy one built here. NW: at most one title T has T followed by '.' at a place (a title that is a
 * prefix of another is followed there by a letter, not '.'); then the initials, greedy (nothing after them can
 * fail); then a capital and [\w’'\-]*, and each '/' followed by a capital and [\w’'\-]* (greedy: what follows
 * is optional). A further name word: [ \t]+ all taken (giving some back leaves a blank
 * where a word must start), then two particles (lower-case letters followed by [ \t], or by a hyphen before a capital: at most one
 * fits at a place, the characters up to the blank or hyphen) if an NW follows the second's blanks, else one particle if an NW follows
 * its blanks, else an NW right there (a particle starts in lower case, so no NW can start where a particle does:
 * the greedy {0,2} gives back a particle only to fail). The suffix: ',' if there (without it \s+ would have to match the
 * comma), \s+, Jr or Sr, then no word character, then an optional '.'. finditer goes on at the match's end. */
#define MAX_RUN_WORDS 64
static char run_titles[MAX_RUN_WORDS][WORD_MAX + 1];
static int run_title_len[MAX_RUN_WORDS];
static Py_ssize_t n_run_titles = 0;
static char run_particles[MAX_RUN_WORDS][WORD_MAX + 1];
static int run_particle_len[MAX_RUN_WORDS];
static Py_ssize_t n_run_particles = 0;
static int run_words_set = 0;

static PyObject *set_run_words(PyObject *self, PyObject *args) {
    PyObject *titles, *particles;
    if (!PyArg_ParseTuple(args, "OO", &titles, &particles)) return NULL;
    /* read into these first: a refused list leaves the words set before unchanged */
    static char t_words[MAX_RUN_WORDS][WORD_MAX + 1], p_words[MAX_RUN_WORDS][WORD_MAX + 1];
    static int t_lens[MAX_RUN_WORDS], p_lens[MAX_RUN_WORDS];
    Py_ssize_t nt = read_words(titles, "set_run_words needs a sequence of str titles", MAX_RUN_WORDS, 'A', 'z',
                               "set_run_words: at most 64 titles",
                               "set_run_words: every title is a str of 1-24 ASCII letters", t_words, t_lens);
    if (nt < 0) return NULL;
    for (Py_ssize_t k = 0; k < nt; k++)
        for (int j = 0; j < t_lens[k]; j++) {
            char c = t_words[k][j];
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) || (j == 0 && c > 'Z')) {
                PyErr_SetString(PyExc_ValueError,
                                "set_run_words: every title is ASCII letters and starts with a capital A-Z");
                return NULL;
            }
        }
    Py_ssize_t np = read_words(particles, "set_run_words needs a sequence of str particles", MAX_RUN_WORDS, 'a', 'z',
                               "set_run_words: at most 64 particles",
                               "set_run_words: every particle is a str of 1-24 letters a-z", p_words, p_lens);
    if (np < 0) return NULL;
    memcpy(run_titles, t_words, sizeof t_words);
    memcpy(run_title_len, t_lens, sizeof t_lens);
    memcpy(run_particles, p_words, sizeof p_words);
    memcpy(run_particle_len, p_lens, sizeof p_lens);
    n_run_titles = nt;
    n_run_particles = np;
    run_words_set = 1;
    Py_RETURN_NONE;
}

/* [A-ZÀ-ÖØ-Þ] */
static inline int is_run_cap(Py_UCS4 c) {
    return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xDE);
}
static inline int is_az_upper(Py_UCS4 c) { return c >= 'A' && c <= 'Z'; }
static inline int is_blank(Py_UCS4 c) { return c == ' ' || c == '\t'; }
/* [\w’'.]: no run starts after one of these */
static inline int run_behind(Py_UCS4 c) { return is_word(c) || c == 0x2019 || c == '\'' || c == '.'; }

#define NAME_RUNS_OF(T, K)                                                                                  \
    /* the length of an NW match at i, 0 where none */                                                     \
    static Py_ssize_t nw_##K(const T *d, Py_ssize_t n, Py_ssize_t i) {                                     \
        if (i >= n || !is_run_cap(d[i])) return 0;                                                         \
        for (Py_ssize_t k = 0; k < n_run_titles; k++) {                                                   \
            Py_ssize_t len = run_title_len[k], q = 0;                                                      \
            if (i + len >= n || d[i + len] != '.') continue;                                               \
            while (q < len && (Py_UCS4)(unsigned char)run_titles[k][q] == d[i + q]) q++;                   \
            if (q == len) return len + 1;                                                                  \
        }                                                                                                  \
        Py_ssize_t j = i;                                                                                  \
        int reps = 0;                                                                                      \
        while (reps < 3 && j + 1 < n && is_az_upper(d[j]) && d[j + 1] == '.') {                            \
            j += 2;                                                                                        \
            reps++;                                                                                        \
        }                                                                                                  \
        if (reps > 0) {                                                                                    \
            if (j < n && is_az_upper(d[j])) j++;                                                           \
            if (j < n && d[j] == '.') j++;                                                                 \
            return j - i;                                                                                  \
        }                                                                                                  \
        j = i + 1;                                                                                         \
        while (j < n && is_wordish(d[j])) j++;                                                             \
        while (j + 1 < n && d[j] == '/' && is_run_cap(d[j + 1])) { /* (?:/CAP[\w’'\-]*)* */               \
            j += 2;                                                                                        \
            while (j < n && is_wordish(d[j])) j++;                                                         \
        }                                                                                                  \
        return j - i;                                                                                      \
    }                                                                                                      \
    /* the end of a particle and its blanks at k, or -1 */                                                 \
    static Py_ssize_t particle_##K(const T *d, Py_ssize_t n, Py_ssize_t k) {                               \
        for (Py_ssize_t p = 0; p < n_run_particles; p++) {                                                 \
            Py_ssize_t len = run_particle_len[p], q = 0;                                                   \
            if (k + len >= n) continue;                                                                    \
            /* blanks after it, or a hyphen before a capital (round 17: 'al-Rubaie') */                    \
            int hyphen = d[k + len] == '-' && k + len + 1 < n && is_run_cap(d[k + len + 1]);               \
            if (!hyphen && !is_blank(d[k + len])) continue;                                                \
            while (q < len && (Py_UCS4)(unsigned char)run_particles[p][q] == d[k + q]) q++;                \
            if (q == len) {                                                                                \
                Py_ssize_t e = k + len;                                                                    \
                if (hyphen) return e + 1;                                                                  \
                while (e < n && is_blank(d[e])) e++;                                                       \
                return e;                                                                                  \
            }                                                                                              \
        }                                                                                                  \
        return -1;                                                                                         \
    }                                                                                                      \
    static int name_runs_##K(const T *d, PyObject *str, Py_ssize_t n, PyObject *dropped, PyObject *out) {  \
        Py_ssize_t i = 0;                                                                                  \
        while (i < n) {                                                                                    \
            Py_UCS4 c = d[i];                                                                              \
            if (!is_run_cap(c) || (i > 0 && run_behind(d[i - 1]))) {                                     \
                i++;                                                                                       \
                continue;                                                                                  \
            }                                                                                              \
            Py_ssize_t j = i + nw_##K(d, n, i);                                                            \
            for (int reps = 0; reps < 11; reps++) {                                                        \
                Py_ssize_t k = j;                                                                          \
                while (k < n && is_blank(d[k])) k++;                                                       \
                if (k == j) break;                                                                         \
                Py_ssize_t w = 0, q = particle_##K(d, n, k), q2 = q >= 0 ? particle_##K(d, n, q) : -1;     \
                if (q2 >= 0 && (w = nw_##K(d, n, q2)) > 0) { /* two particles, 'von der Leyen' */           \
                    j = q2 + w;                                                                            \
                    continue;                                                                              \
                }                                                                                          \
                if (q >= 0) w = nw_##K(d, n, q);                                                           \
                if (w > 0) {                                                                               \
                    j = q + w;                                                                             \
                    continue;                                                                              \
                }                                                                                          \
                w = nw_##K(d, n, k);                                                                       \
                if (w == 0) break;                                                                         \
                j = k + w;                                                                                 \
            }                                                                                              \
            Py_ssize_t run_end = j, end = j, k = j;                                                        \
            if (k < n && d[k] == ',') k++;                                                                 \
            Py_ssize_t ws = k;                                                                             \
            while (k < n && Py_UNICODE_ISSPACE(d[k])) k++;                                                 \
            if (k > ws && k + 1 < n && (d[k] == 'J' || d[k] == 'S') && d[k + 1] == 'r'                     \
                && (k + 2 >= n || !is_word(d[k + 2]))) {                                                   \
                end = k + 2;                                                                               \
                if (end < n && d[end] == '.') end++;                                                       \
            }                                                                                              \
            PyObject *run = PyUnicode_Substring(str, i, run_end);                                          \
            if (run == NULL) return -1;                                                                    \
            int skip = PySet_Contains(dropped, run);                                                       \
            if (skip < 0) {                                                                                \
                Py_DECREF(run);                                                                            \
                return -1;                                                                                 \
            }                                                                                              \
            if (!skip) {                                                                                   \
                int start = i == 0;                                                                        \
                if (!start) {                                                                              \
                    Py_ssize_t lo = i >= 4 ? i - 4 : 0, core = i;                                          \
                    while (core > lo && Py_UNICODE_ISSPACE(d[core - 1])) core--;                           \
                    if (core == lo) start = 1;                                                             \
                    else {                                                                                 \
                        Py_UCS4 last = d[core - 1];                                                        \
                        start = last == '.' || last == '!' || last == '?' || last == ':' || last == ';'    \
                                || last == '"' || last == 0x201C || last == 0x201D;                        \
                        for (Py_ssize_t q = core; q < i && !start; q++) start = d[q] == '\n';               \
                    }                                                                                      \
                }                                                                                          \
                PyObject *item = Py_BuildValue("(nnnNN)", i, run_end, end, PyBool_FromLong(start), run);   \
                if (item == NULL) return -1;                                                               \
                int rc = PyList_Append(out, item);                                                         \
                Py_DECREF(item);                                                                           \
                if (rc < 0) return -1;                                                                     \
            } else                                                                                         \
                Py_DECREF(run);                                                                            \
            i = end;                                                                                       \
        }                                                                                                  \
        return 0;                                                                                          \
    }
KINDS(NAME_RUNS_OF)

static PyObject *name_runs(PyObject *self, PyObject *args) {
    PyObject *str, *dropped;
    if (!PyArg_ParseTuple(args, "UO", &str, &dropped)) return NULL;
    if (!PyAnySet_Check(dropped)) {
        PyErr_SetString(PyExc_TypeError, "name_runs: dropped must be a set or frozenset of str");
        return NULL;
    }
    if (!run_words_set) {
        PyErr_SetString(PyExc_RuntimeError, "name_runs: call set_run_words first");
        return NULL;
    }
    Text t;
    if (text_of(str, &t) < 0) return NULL;
    PyObject *out = PyList_New(0);
    if (out == NULL) return NULL;
    return filled(out, BY_KIND(t, name_runs, str, t.n, dropped, out));
}

/* ------------------------------------------------------------------------------------------ folded key starts
 * key_starts_folded(text): the key starts (above) of text.lower() without lower-casing the text (the places
 * of discourse._speaker_names._doc_places), or None where text.lower() is longer than text (offsets would shift: a
 * character whose lower case is two characters, of which U+0130 is the only one in Python's Unicode data). Each
 * character is read as its lower case where that is ASCII: A-Z as a-z and U+212A KELVIN SIGN as 'k', the only
 * character beyond ASCII whose lower case is ASCII (tests/test_kernel_names.py checks both facts on every code
 * point); the keys are printable ASCII, so no other character can be part of a match, and every other ASCII
 * character is its own lower case. Returned: (starts, lower starts), the lower starts those whose character is
 * a-z in text itself and follows white space (_speaker_names._lower_doc_places: text[p] == text.lower()[p]). */
static inline Py_UCS4 fold_ascii(Py_UCS4 c) {
    if (c >= 'A' && c <= 'Z') return c + 32;
    return c == 0x212A ? 'k' : c;
}

/* does a key start at i (read folded)? 1 or 0 */
#define FOLDED_AT_OF(T, K)                                                                                  \
    static inline int folded_at_##K(const T *d, Py_ssize_t n, Py_ssize_t i) {                              \
        Py_UCS4 c = fold_ascii(d[i]);                                                                      \
        if (c >= 128 || by_first[c][0] < 0) return 0; /* no key starts with c: most characters */         \
        Py_UCS4 c1 = i + 1 < n ? fold_ascii(d[i + 1]) : 128;                                               \
        if (!single[c] && (c1 >= 128 || !pair_ok[c][c1])) return 0;                                        \
        for (const short *b = by_first[c]; *b >= 0; b++) {                                                 \
            const char *v = keys[*b];                                                                      \
            Py_ssize_t len = key_len[*b], q = 1;                                                           \
            if (i + len > n) continue;                                                                     \
            while (q < len && (Py_UCS4)(unsigned char)v[q] == fold_ascii(d[i + q])) q++;                   \
            if (q == len) return 1;                                                                        \
        }                                                                                                  \
        return 0;                                                                                          \
    }
KINDS(FOLDED_AT_OF)

/* the keys' starts in order: every position tested (folded_at), or, with the trigram codes (tri_on), only the
 * positions whose three folded characters open a key (every key has three or more, so no other position can
 * start one); a text holding U+0130 gives 1 (the answer is None whatever was found) */
#define FOLDED_STARTS_OF(T, K)                                                                              \
    static int folded_##K(const T *d, Py_ssize_t n, PyObject *out, PyObject *lower) {                      \
        unsigned h = 0;                                                                                    \
        for (Py_ssize_t i = 0; i < n; i++) {                                                               \
            Py_UCS4 c = d[i];                                                                              \
            Py_ssize_t p = i;                                                                              \
            if (c == 0x130) return 1;                                                                      \
            if (tri_on) {                                                                                  \
                h = ((h << 5) | tri_code[fold_ascii(c) < 128 ? fold_ascii(c) : 0]) & 0x7FFF;               \
                if (i < 2 || !tri_ok[h]) continue;                                                         \
                p = i - 2;                                                                                 \
            }                                                                                              \
            if (folded_at_##K(d, n, p)) {                                                                  \
                PyObject *o = PyLong_FromSsize_t(p);                                                       \
                int low = d[p] >= 'a' && d[p] <= 'z' && p > 0 && Py_UNICODE_ISSPACE(d[p - 1]);             \
                if (o == NULL || PyList_Append(out, o) < 0 || (low && PyList_Append(lower, o) < 0)) {      \
                    Py_XDECREF(o);                                                                         \
                    return -1;                                                                             \
                }                                                                                          \
                Py_DECREF(o);                                                                              \
            }                                                                                              \
        }                                                                                                  \
        return 0;                                                                                          \
    }
KINDS(FOLDED_STARTS_OF)

static PyObject *key_starts_folded(PyObject *self, PyObject *args) {
    PyObject *str;
    if (!PyArg_ParseTuple(args, "U", &str)) return NULL;
    if (!keys_set) {
        PyErr_SetString(PyExc_RuntimeError, "key_starts_folded: call set_keys first");
        return NULL;
    }
    Text t;
    if (text_of(str, &t) < 0) return NULL;
    PyObject *out = PyList_New(0), *lower = PyList_New(0);
    int rc = out != NULL && lower != NULL ? BY_KIND(t, folded, t.n, out, lower) : -1;
    if (rc != 0) {
        Py_XDECREF(out);
        Py_XDECREF(lower);
        if (rc == 1) Py_RETURN_NONE;
        return NULL;
    }
    return Py_BuildValue("(NN)", out, lower);
}

/* ------------------------------------------------------------------------------------------ the name table's runs
 * read_runs(table, runs, quote_spans, ctx): the three loops of discourse._speakers._Speakers._read_runs_py (the
 * pure-Python path, kept where this module is not built) over the runs of name_runs, with the table's own methods
 * called where a run can change more than a list: (1) each run's words cleaned (_clean_run), its suffix kept, the
 * one-word names counted; (2) each run outside the quotations added (_add_run; a run holding 'and' or '&' split
 * by _split_pair first), those it does not take kept for later; (3) each of those given to _add_later.
 *
 * The loops call the same Python functions and methods in the same order; what they do in C is decided from the
 * values those return, exactly where _add_run and _add_later decide it in their first lines without reading the
 * text further or calling anything else (each case names the lines of _speakers.py it stands for):
 *   - _add_run: a run whose head (_run_head) is None is not taken; an organisation's name (org_name) is a mention
 *     of that organisation (orgs.get(joined) or _org(joined)); a run naming no person (person None) is not taken,
 *     unless the 's-and-document-noun test could make it an organisation (then _add_run is called); a one-word
 *     person name that no person holds (not in _by_length), untitled, without role words, no role word before it
 *     (_role_before, in C below), no cue verb or 'who' after it (_lone_name_after) or no cue before it in an inverted attribution
 *     (_cue_before_name and _INVERTED_END) is a recurring organisation (counts >= 3, not at a sentence start, not
 *     a person's key) or not taken. Every other run: _add_run itself (which recomputes the cached values).
 *   - _add_later: a run whose _later_parts gives no words, or whose last word no person holds and whose parts are
 *     None or hold no word any person holds, changes nothing; every other run: _add_later itself.
 * tests/test_kernel_names.py builds the table both ways on corpus samples, made-up and hostile texts and compares
 * every list and dict of it. ctx: (_clean_run, its __wrapped__, _run_head, its __wrapped__, _later_parts, its
 * __wrapped__, _CACHED_CHARS, _ROLE_GIVEN, _ROLE_WORDS, _lone_name_after, _cue_before_name, _INVERTED_END.match,
 * _CUE_BEFORE_ENDS). */
/* a run _add_run did not take: its start, words and sentence start (references held) */
typedef struct {
    Py_ssize_t s;
    PyObject *words, *sent_start;
} Later;

typedef struct {
    PyObject *text, *suffix, *mentions, *orgs, *by_word, *by_length, *persons, *rep_orgs, *counts;
    PyObject *add_run, *split_pair, *add_later, *org;
    PyObject *clean, *clean_raw, *head, *head_raw, *lparts, *lparts_raw, *role_given, *role_words;
    PyObject *cue_near, *cue_before, *inverted, *cue_ends;
    Py_ssize_t cached;
    Text t;
    /* the runs _add_run did not take, in order */
    Py_ssize_t n_later, cap_later;
    Later *later;
} RunTable;

/* a run kept for later; 0 or -1 on error */
static int later_push(RunTable *rt, Py_ssize_t s, PyObject *words, PyObject *sent_start) {
    if (rt->n_later == rt->cap_later) {
        Py_ssize_t cap = rt->cap_later ? 2 * rt->cap_later : 64;
        Later *more = PyMem_Realloc(rt->later, (size_t)cap * sizeof(Later));
        if (more == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        rt->later = more;
        rt->cap_later = cap;
    }
    Py_INCREF(words);
    Py_INCREF(sent_start);
    rt->later[rt->n_later++] = (Later){s, words, sent_start};
    return 0;
}

static PyObject *rt_and = NULL, *rt_amp = NULL, *rt_lower = NULL; /* 'and', '&', 'lower' */

/* the characters of a tuple of str (sum(map(len, words))), -1 on error */
static Py_ssize_t words_chars(PyObject *words) {
    if (!PyTuple_Check(words)) {
        PyErr_SetString(PyExc_TypeError, "read_runs: a run's words must be a tuple of str");
        return -1;
    }
    Py_ssize_t n = 0;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(words); i++) {
        PyObject *w = PyTuple_GET_ITEM(words, i);
        if (!PyUnicode_Check(w)) {
            PyErr_SetString(PyExc_TypeError, "read_runs: a run's words must be a tuple of str");
            return -1;
        }
        n += PyUnicode_GET_LENGTH(w);
    }
    return n;
}

static PyObject *call2(PyObject *fn, PyObject *a, PyObject *b) {
    PyObject *args[2] = {a, b};
    return PyObject_Vectorcall(fn, args, b == NULL ? 1 : 2, NULL);
}

/* is dict.get(key) true (a non-empty list of persons)? 1, 0, -1 on error */
static int get_true(PyObject *dict, PyObject *key) {
    PyObject *v = PyDict_GetItemWithError(dict, key);
    if (v == NULL) return PyErr_Occurred() ? -1 : 0;
    return PyObject_IsTrue(v);
}

/* _speakers._role_before(text[max(0, s - 40):s]) is not None: the text before ends in white space and its last
 * white-space-separated word is one of _speakers._WORDS_BEFORE_NAME (a role word, a kind of organisation, a relation
 * with its comma, 'named'), where _add_run reads the run itself (str.isspace and str.split both test
 * Py_UNICODE_ISSPACE) */
static int role_before(RunTable *rt, Py_ssize_t s) {
    Py_ssize_t lo = s - 40 > 0 ? s - 40 : 0, j = s;
    if (j <= lo || !Py_UNICODE_ISSPACE(PyUnicode_READ(rt->t.kind, rt->t.data, j - 1))) return 0;
    while (j > lo && Py_UNICODE_ISSPACE(PyUnicode_READ(rt->t.kind, rt->t.data, j - 1))) j--;
    if (j == lo) return 0;
    Py_ssize_t i = j;
    while (i > lo && !Py_UNICODE_ISSPACE(PyUnicode_READ(rt->t.kind, rt->t.data, i - 1))) i--;
    PyObject *word = PyUnicode_Substring(rt->text, i, j);
    if (word == NULL) return -1;
    int r = PySet_Contains(rt->role_words, word);
    Py_DECREF(word);
    return r;
}

/* the first step of _speaker_names._cue_before_name(before), before = text[max(0, s - 40):s]: does before.rstrip()
 * end with one of _CUE_BEFORE_ENDS (str.rstrip strips what Py_UNICODE_ISSPACE is true of)? Where it does not, that
 * function answers False without searching; 1, 0 */
static int cue_end_before(RunTable *rt, Py_ssize_t s) {
    Py_ssize_t lo = s - 40 > 0 ? s - 40 : 0, j = s;
    while (j > lo && Py_UNICODE_ISSPACE(PyUnicode_READ(rt->t.kind, rt->t.data, j - 1))) j--;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(rt->cue_ends); i++) {
        PyObject *w = PyTuple_GET_ITEM(rt->cue_ends, i);
        Py_ssize_t n = PyUnicode_GET_LENGTH(w), x = 0;
        if (n > j - lo) continue;
        while (x < n && PyUnicode_READ_CHAR(w, x) == PyUnicode_READ(rt->t.kind, rt->t.data, j - n + x)) x++;
        if (x == n) return 1;
    }
    return 0;
}

/* does the text end in ’s or 's at e? (text[e - 2:e] in ("’s", "'s")) */
static int possessive_at(RunTable *rt, Py_ssize_t e) {
    if (e < 2 || e > rt->t.n) return 0;
    Py_UCS4 a = PyUnicode_READ(rt->t.kind, rt->t.data, e - 2), b = PyUnicode_READ(rt->t.kind, rt->t.data, e - 1);
    return (a == 0x2019 || a == '\'') && b == 's';
}

/* the one-word name of a run that names no person yet: 1 taken (a recurring organisation), 0 not taken, 2 for
 * _add_run, -1 on error (the lines of _add_run under ``if len(name) == 1`` where no person holds the word) */
static int lone_name(RunTable *rt, Py_ssize_t s, Py_ssize_t e, PyObject *word, PyObject *sent_start) {
    int r = PyDict_Contains(rt->by_length, word);
    if (r != 0) return r < 0 ? -1 : 2;
    /* an organisation's name already in the table ('camera maker Hikvision' ... 'Hikvision has denied'), not one
     * taken for an organisation only because it recurs (the lines below decide those, as _add_run does) */
    if ((r = PyDict_Contains(rt->orgs, word)) == 1 && (r = PySet_Contains(rt->rep_orgs, word)) == 0) return 2;
    if (r < 0) return -1;
    if ((r = role_before(rt, s)) != 0) return r < 0 ? -1 : 2;
    PyObject *after = PyUnicode_Substring(rt->text, e, e + 130 < rt->t.n ? e + 130 : rt->t.n);
    if (after == NULL) return -1;
    PyObject *m = call2(rt->cue_near, after, NULL);
    if (m == NULL || m != Py_None) {
        Py_DECREF(after);
        Py_XDECREF(m);
        return m == NULL ? -1 : 2;
    }
    Py_DECREF(m);
    r = cue_end_before(rt, s);
    if (r == 1) { /* _cue_before_name(text[max(0, s - 40):s]) */
        PyObject *before = PyUnicode_Substring(rt->text, s - 40 > 0 ? s - 40 : 0, s);
        PyObject *cb = before == NULL ? NULL : call2(rt->cue_before, before, NULL);
        Py_XDECREF(before);
        r = cb == NULL ? -1 : PyObject_IsTrue(cb);
        Py_XDECREF(cb);
    }
    if (r == 1) {
        m = call2(rt->inverted, after, NULL);
        r = m == NULL ? -1 : m != Py_None;
        Py_XDECREF(m);
    }
    Py_DECREF(after);
    if (r != 0) return r < 0 ? -1 : 2;
    /* counts.get(name[0], 0) >= 3 and not sent_start and name[0] not in self.persons */
    PyObject *c = PyDict_GetItemWithError(rt->counts, word);
    if (c == NULL && PyErr_Occurred()) return -1;
    long n = c == NULL ? 0 : PyLong_AsLong(c);
    if (n == -1 && PyErr_Occurred()) return -1;
    if (n < 3) return 0;
    if ((r = PyObject_IsTrue(sent_start)) != 0) return r < 0 ? -1 : 0;
    if ((r = PyDict_Contains(rt->persons, word)) != 0) return r < 0 ? -1 : 0;
    PyObject *ent = PyDict_GetItemWithError(rt->orgs, word); /* self._org(name[0]): the one of that name, or a new one */
    if (ent != NULL) Py_INCREF(ent);
    else if ((ent = PyErr_Occurred() ? NULL : call2(rt->org, word, NULL)) == NULL) return -1;
    PyObject *mention = Py_BuildValue("(nN)", s, ent);
    if (mention == NULL || PyList_Append(rt->mentions, mention) < 0 || PySet_Add(rt->rep_orgs, word) < 0) {
        Py_XDECREF(mention);
        return -1;
    }
    Py_DECREF(mention);
    return 1;
}

/* what _add_run(s, e, words, sent_start, counts) returns where its first lines decide it: 1 taken, 0 not taken,
 * 2 for _add_run itself, -1 on error */
static int run_shortcut(RunTable *rt, Py_ssize_t s, Py_ssize_t e, PyObject *words, PyObject *sent_start) {
    Py_ssize_t nw = PyTuple_GET_SIZE(words);
    if (nw == 2) { /* the word before may change the head ('partner Dean Guerin'): _add_run reads it */
        PyObject *low = PyObject_CallMethodNoArgs(PyTuple_GET_ITEM(words, 0), rt_lower);
        if (low == NULL) return -1;
        int r = PySet_Contains(rt->role_given, low);
        Py_DECREF(low);
        if (r != 0) return r < 0 ? -1 : 2;
    }
    Py_ssize_t chars = words_chars(words);
    if (chars < 0) return -1;
    PyObject *empty = PyUnicode_New(0, 0);
    if (empty == NULL) return -1;
    PyObject *head = call2(chars <= rt->cached ? rt->head : rt->head_raw, words, empty);
    Py_DECREF(empty);
    if (head == NULL) return -1;
    int r = 0;
    if (head == Py_None) goto done; /* a role word last, 'United States': no one */
    if (!PyTuple_Check(head) || PyTuple_GET_SIZE(head) != 7) {
        PyErr_SetString(PyExc_TypeError, "read_runs: _run_head must give None or a tuple of 7");
        r = -1;
        goto done;
    }
    PyObject *titled = PyTuple_GET_ITEM(head, 1), *role_words = PyTuple_GET_ITEM(head, 2);
    PyObject *joined = PyTuple_GET_ITEM(head, 5), *person = PyTuple_GET_ITEM(head, 6);
    int org_name = PyObject_IsTrue(PyTuple_GET_ITEM(head, 4)), untitled = PyObject_Not(titled);
    int no_roles = PyObject_Not(role_words);
    if (org_name < 0 || untitled < 0 || no_roles < 0) {
        r = -1;
        goto done;
    }
    if (org_name) { /* self.mentions.append((s, self.orgs.get(joined) or self._org(joined))) */
        PyObject *ent = PyDict_GetItemWithError(rt->orgs, joined);
        if (ent != NULL && PyObject_IsTrue(ent) == 1) {
            Py_INCREF(ent);
        } else {
            ent = PyErr_Occurred() ? NULL : call2(rt->org, joined, NULL);
        }
        PyObject *mention = ent == NULL ? NULL : Py_BuildValue("(nN)", s, ent);
        r = mention == NULL || PyList_Append(rt->mentions, mention) < 0 ? -1 : 1;
        Py_XDECREF(mention);
        goto done;
    }
    if (untitled && no_roles && possessive_at(rt, e)) { /* Acme's report: _add_run searches _DOC_AFTER */
        r = 2;
        goto done;
    }
    if (person == Py_None) goto done; /* two names, an organisation, nothing before 'of' */
    if (!PyTuple_Check(person) || PyTuple_GET_SIZE(person) != 4 || !PyTuple_Check(PyTuple_GET_ITEM(person, 0))) {
        PyErr_SetString(PyExc_TypeError, "read_runs: _run_head's person must be None or a tuple of 4");
        r = -1;
        goto done;
    }
    PyObject *name = PyTuple_GET_ITEM(person, 0);
    r = PyTuple_GET_SIZE(name) == 1 && untitled && no_roles ? lone_name(rt, s, e, PyTuple_GET_ITEM(name, 0), sent_start)
                                                           : 2;
done:
    Py_DECREF(head);
    return r;
}

/* a run added: by the shortcut or _add_run, kept for later where not taken; 0 or -1 on error */
static int add_run(RunTable *rt, PyObject *s_obj, PyObject *e_obj, PyObject *words, PyObject *sent_start) {
    Py_ssize_t s = PyLong_AsSsize_t(s_obj), e = PyLong_AsSsize_t(e_obj);
    if ((s == -1 || e == -1) && PyErr_Occurred()) return -1;
    int r = run_shortcut(rt, s, e, words, sent_start);
    if (r < 0) return -1;
    if (r == 2) {
        PyObject *args[5] = {s_obj, e_obj, words, sent_start, rt->counts};
        PyObject *res = PyObject_Vectorcall(rt->add_run, args, 5, NULL);
        r = res == NULL ? -1 : PyObject_IsTrue(res);
        Py_XDECREF(res);
        if (r < 0) return -1;
    }
    return r == 1 ? 0 : later_push(rt, s, words, sent_start);
}

/* does a run kept for later change the table (_add_later's first lines)? 1 yes, 0 no, -1 on error */
static int later_acts(RunTable *rt, PyObject *words) {
    Py_ssize_t chars = words_chars(words);
    if (chars < 0) return -1;
    PyObject *wp = call2(chars <= rt->cached ? rt->lparts : rt->lparts_raw, words, NULL);
    if (wp == NULL) return -1;
    int r = 0;
    if (!PyTuple_Check(wp) || PyTuple_GET_SIZE(wp) != 2) {
        PyErr_SetString(PyExc_TypeError, "read_runs: _later_parts must give a pair");
        r = -1;
        goto done;
    }
    PyObject *w = PyTuple_GET_ITEM(wp, 0), *parts = PyTuple_GET_ITEM(wp, 1);
    if (w == Py_None) goto done;
    if (!PyTuple_Check(w) || PyTuple_GET_SIZE(w) == 0) {
        PyErr_SetString(PyExc_TypeError, "read_runs: _later_parts' words must be a non-empty tuple");
        r = -1;
        goto done;
    }
    if ((r = get_true(rt->by_word, PyTuple_GET_ITEM(w, PyTuple_GET_SIZE(w) - 1))) != 0) goto done;
    if (parts == Py_None) goto done;
    PyObject *name = PyTuple_Check(parts) && PyTuple_GET_SIZE(parts) == 3 ? PyTuple_GET_ITEM(parts, 2) : NULL;
    if (name == NULL || !PyTuple_Check(name)) {
        PyErr_SetString(PyExc_TypeError, "read_runs: _later_parts' parts must be (gender, role words, name)");
        r = -1;
        goto done;
    }
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(name) && r == 0; i++) r = get_true(rt->by_word, PyTuple_GET_ITEM(name, i));
done:
    Py_DECREF(wp);
    return r;
}

#define RT_ATTRS(F)                                                                                            \
    F(text, "text") F(suffix, "suffix") F(mentions, "mentions") F(orgs, "orgs") F(by_word, "by_word")               \
    F(by_length, "_by_length") F(persons, "persons") F(rep_orgs, "rep_orgs") F(add_run, "_add_run")                 \
    F(split_pair, "_split_pair") F(add_later, "_add_later") F(org, "_org")

static void rt_clear(RunTable *rt) {
#define RT_CLEAR(field, name) Py_CLEAR(rt->field);
    RT_ATTRS(RT_CLEAR)
#undef RT_CLEAR
    Py_CLEAR(rt->counts);
    for (Py_ssize_t i = 0; i < rt->n_later; i++) {
        Py_DECREF(rt->later[i].words);
        Py_DECREF(rt->later[i].sent_start);
    }
    PyMem_Free(rt->later);
    rt->n_later = rt->cap_later = 0;
    rt->later = NULL;
}

/* a quotation span (start, end) as two integers; -1 on error */
static int span_of(PyObject *q, Py_ssize_t *a, Py_ssize_t *b) {
    PyObject *x = PySequence_GetItem(q, 0), *y = x == NULL ? NULL : PySequence_GetItem(q, 1);
    *a = x == NULL ? -1 : PyNumber_AsSsize_t(x, PyExc_OverflowError);
    *b = y == NULL ? -1 : PyNumber_AsSsize_t(y, PyExc_OverflowError);
    Py_XDECREF(x);
    Py_XDECREF(y);
    return PyErr_Occurred() ? -1 : 0;
}

static int read_runs_loops(RunTable *rt, PyObject *runs, PyObject *qs) {
    /* (1) the runs cleaned, in order: the index of each run kept and its cleaned words (references held) */
    Py_ssize_t n = PyList_GET_SIZE(runs), n_qs = PyList_GET_SIZE(qs), kept_n = 0;
    Py_ssize_t *kept = PyMem_Malloc((size_t)(n ? n : 1) * sizeof(Py_ssize_t));
    PyObject **cleans = PyMem_Malloc((size_t)(n ? n : 1) * sizeof(PyObject *));
    int rc = -1;
    if (kept == NULL || cleans == NULL) {
        PyErr_NoMemory();
        goto fail;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *item = PyList_GET_ITEM(runs, i);
        if (!PyTuple_Check(item) || PyTuple_GET_SIZE(item) != 5 || !PyUnicode_Check(PyTuple_GET_ITEM(item, 4))
            || !PyLong_Check(PyTuple_GET_ITEM(item, 0)) || !PyLong_Check(PyTuple_GET_ITEM(item, 2))) {
            PyErr_SetString(PyExc_TypeError, "read_runs: runs must be name_runs' (start, run end, end, sent_start, run)");
            goto fail;
        }
        PyObject *run = PyTuple_GET_ITEM(item, 4);
        PyObject *cleaned = call2(PyUnicode_GET_LENGTH(run) <= rt->cached ? rt->clean : rt->clean_raw, run,
                                  PyTuple_GET_ITEM(item, 3));
        if (cleaned == NULL) goto fail;
        if (cleaned == Py_None) {
            Py_DECREF(cleaned);
            continue;
        }
        kept[kept_n] = i;
        cleans[kept_n++] = cleaned; /* (released at the end, whatever happens) */
        if (!PyTuple_Check(cleaned) || PyTuple_GET_SIZE(cleaned) != 2 || !PyTuple_Check(PyTuple_GET_ITEM(cleaned, 0))) {
            PyErr_SetString(PyExc_TypeError, "read_runs: _clean_run must give None or (words, sent_start)");
            goto fail;
        }
        Py_ssize_t run_end = PyLong_AsSsize_t(PyTuple_GET_ITEM(item, 1));
        Py_ssize_t e = run_end == -1 && PyErr_Occurred() ? -1 : PyLong_AsSsize_t(PyTuple_GET_ITEM(item, 2));
        if (PyErr_Occurred()) goto fail;
        if (e > run_end) { /* William H. Draper, Jr.: self.suffix[s] = text[run_end:e].strip(" ,\t\n") */
            PyObject *part = PyUnicode_Substring(rt->text, run_end, e);
            PyObject *stripped = part == NULL ? NULL : PyObject_CallMethod(part, "strip", "s", " ,\t\n");
            Py_XDECREF(part);
            int bad = stripped == NULL || PyDict_SetItem(rt->suffix, PyTuple_GET_ITEM(item, 0), stripped) < 0;
            Py_XDECREF(stripped);
            if (bad) goto fail;
        }
        PyObject *words = PyTuple_GET_ITEM(cleaned, 0);
        int start = PyObject_IsTrue(PyTuple_GET_ITEM(cleaned, 1));
        if (start < 0) goto fail;
        if (PyTuple_GET_SIZE(words) == 1 && !start) { /* counts[words[0]] = counts.get(words[0], 0) + 1 */
            PyObject *w = PyTuple_GET_ITEM(words, 0), *c = PyDict_GetItemWithError(rt->counts, w);
            long k = c == NULL ? 0 : PyLong_AsLong(c);
            PyObject *k1 = PyErr_Occurred() ? NULL : PyLong_FromLong(k + 1);
            int bad = k1 == NULL || PyDict_SetItem(rt->counts, w, k1) < 0;
            Py_XDECREF(k1);
            if (bad) goto fail;
        }
    }
    /* (2) the runs outside the quotations added; the quotation of greatest start <= s found moving forward */
    Py_ssize_t k = -1, q_lo = 0, q_hi = 0;
    for (Py_ssize_t i = 0; i < kept_n; i++) {
        PyObject *item = PyList_GET_ITEM(runs, kept[i]);
        PyObject *s_obj = PyTuple_GET_ITEM(item, 0), *e_obj = PyTuple_GET_ITEM(item, 2);
        PyObject *words = PyTuple_GET_ITEM(cleans[i], 0), *sent_start = PyTuple_GET_ITEM(cleans[i], 1);
        Py_ssize_t s = PyLong_AsSsize_t(s_obj);
        if (s == -1 && PyErr_Occurred()) goto fail;
        while (k + 1 < n_qs) {
            Py_ssize_t qs0, qe0;
            if (span_of(PyList_GET_ITEM(qs, k + 1), &qs0, &qe0) < 0) goto fail;
            if (qs0 > s) break;
            k++;
            q_lo = qs0;
            q_hi = qe0;
        }
        if (k >= 0 && q_lo < s && s < q_hi) continue; /* a name inside a quotation is quoted, not named */
        int has_and = PySequence_Contains(words, rt_and), has_amp = has_and ? 0 : PySequence_Contains(words, rt_amp);
        if (has_and < 0 || has_amp < 0) goto fail;
        if (!has_and && !has_amp) {
            if (add_run(rt, s_obj, e_obj, words, sent_start) < 0) goto fail;
            continue;
        }
        PyObject *args[4] = {s_obj, e_obj, words, sent_start};
        PyObject *parts = PyObject_Vectorcall(rt->split_pair, args, 4, NULL);
        if (parts == NULL) goto fail;
        if (!PyList_Check(parts)) {
            Py_DECREF(parts);
            PyErr_SetString(PyExc_TypeError, "read_runs: _split_pair must give a list");
            goto fail;
        }
        for (Py_ssize_t j = 0; j < PyList_GET_SIZE(parts); j++) {
            PyObject *p = PyList_GET_ITEM(parts, j);
            if (!PyTuple_Check(p) || PyTuple_GET_SIZE(p) != 4 || !PyTuple_Check(PyTuple_GET_ITEM(p, 2))) {
                PyErr_SetString(PyExc_TypeError, "read_runs: _split_pair's parts must be (start, end, words, sent_start)");
                Py_DECREF(parts);
                goto fail;
            }
            if (add_run(rt, PyTuple_GET_ITEM(p, 0), PyTuple_GET_ITEM(p, 1), PyTuple_GET_ITEM(p, 2),
                        PyTuple_GET_ITEM(p, 3)) < 0) {
                Py_DECREF(parts);
                goto fail;
            }
        }
        Py_DECREF(parts);
    }
    /* (3) the runs kept for later, in order, given to _add_later where it acts */
    for (Py_ssize_t i = 0; i < rt->n_later; i++) {
        PyObject *words = rt->later[i].words;
        int r = later_acts(rt, words);
        if (r < 0) goto fail;
        if (r == 0) continue;
        PyObject *s_obj = PyLong_FromSsize_t(rt->later[i].s);
        if (s_obj == NULL) goto fail;
        PyObject *args[4] = {s_obj, words, rt->later[i].sent_start, rt->counts};
        PyObject *res = PyObject_Vectorcall(rt->add_later, args, 4, NULL);
        Py_DECREF(s_obj);
        if (res == NULL) goto fail;
        Py_DECREF(res);
    }
    rc = 0;
fail:
    for (Py_ssize_t i = 0; i < kept_n; i++) Py_DECREF(cleans[i]);
    PyMem_Free(kept);
    PyMem_Free(cleans);
    return rc;
}

static PyObject *read_runs(PyObject *self, PyObject *args) {
    PyObject *table, *runs, *qs, *ctx;
    if (!PyArg_ParseTuple(args, "OO!O!O!", &table, &PyList_Type, &runs, &PyList_Type, &qs, &PyTuple_Type, &ctx))
        return NULL;
    if (rt_lower == NULL && ((rt_and = PyUnicode_InternFromString("and")) == NULL
                             || (rt_amp = PyUnicode_InternFromString("&")) == NULL
                             || (rt_lower = PyUnicode_InternFromString("lower")) == NULL))
        return NULL;
    RunTable rt;
    memset(&rt, 0, sizeof rt);
    if (!PyArg_ParseTuple(ctx, "OOOOOOnO!O!OOOO!", &rt.clean, &rt.clean_raw, &rt.head, &rt.head_raw, &rt.lparts,
                          &rt.lparts_raw, &rt.cached, &PyFrozenSet_Type, &rt.role_given, &PyFrozenSet_Type,
                          &rt.role_words, &rt.cue_near, &rt.cue_before, &rt.inverted, &PyTuple_Type, &rt.cue_ends))
        return NULL;
    for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(rt.cue_ends); i++)
        if (!PyUnicode_Check(PyTuple_GET_ITEM(rt.cue_ends, i))) {
            PyErr_SetString(PyExc_TypeError, "read_runs: the cue verbs' ends must be a tuple of str");
            return NULL;
        }
#define RT_GET(field, name)                                                                                    \
    if ((rt.field = PyObject_GetAttrString(table, name)) == NULL) goto fail;
    RT_ATTRS(RT_GET)
#undef RT_GET
    if (!PyUnicode_Check(rt.text) || !PyDict_Check(rt.suffix) || !PyList_Check(rt.mentions) || !PyDict_Check(rt.orgs)
        || !PyDict_Check(rt.by_word) || !PyDict_Check(rt.by_length) || !PyDict_Check(rt.persons)
        || !PySet_Check(rt.rep_orgs)) {
        PyErr_SetString(PyExc_TypeError, "read_runs: table is not a _Speakers being built");
        goto fail;
    }
    if (text_of(rt.text, &rt.t) < 0 || (rt.counts = PyDict_New()) == NULL || read_runs_loops(&rt, runs, qs) < 0)
        goto fail;
    rt_clear(&rt);
    Py_RETURN_NONE;
fail:
    rt_clear(&rt);
    return NULL;
}

static PyMethodDef methods[] = {
    {"marks", marks, METH_VARARGS, "(positions, marks) of _MARK_RE.finditer(text)."},
    {"set_verbs", set_verbs, METH_VARARGS, "Set the reporting verbs of gates (lower-case ASCII words)."},
    {"gates", gates, METH_VARARGS, "Spans of _R_GATE.finditer(text, pos, end)."},
    {"wrapped_lines", wrapped_lines, METH_VARARGS, "The _TRIMMED_LINE spans of text[pos:end] where one before the last is longer than limit, else None."},
    {"sentences", sentences, METH_VARARGS, "Spans of _SENTENCE_PIECE.finditer(text, pos, end) longer than longer (0)."},
    {"set_keys", set_keys, METH_VARARGS, "Set the keys of key_starts_folded (printable ASCII strings)."},
    {"reported_sentences", reported_sentences, METH_VARARGS,
     "The sentences _reported looks at, (unit, start, end, k), as _reported._looked_at_py lists them."},
    {"spans_clean", spans_clean, METH_VARARGS,
     "True where _quote_marks._clean_paragraphs would return the spans unchanged (a list of sorted disjoint int pairs)."},
    {"units", units, METH_VARARGS, "The units of _quote_marks._units before the join of wrapped lines."},
    {"set_fold", set_fold, METH_VARARGS, "Set the code points (128-0x24F) that fold_at looks for."},
    {"fold_at", fold_at, METH_VARARGS, "The offset of the first character set by set_fold in text, or -1."},
    {"reported_places", reported_places, METH_VARARGS, "The places of _reported._reported_places, sorted, each once."},
    {"set_np_words", set_np_words, METH_VARARGS,
     "Set the pronouns, determiners, role words, adverb tokens and name words of np_starts."},
    {"np_starts", np_starts, METH_VARARGS, "The starts of _quote_cues._np_starts_py(window, anchors, appos, reach)."},
    {"set_lower_words", set_lower_words, METH_VARARGS, "Set the words (sorted, a-z) of a slot of lower_word_in."},
    {"lower_word_in", lower_word_in, METH_VARARGS,
     "Whether a word of the slot is a whole run of a-z in text[pos:end].lower() (_quote_cues._WordSet.found)."},
    {"set_run_words", set_run_words, METH_VARARGS, "Set the titles and particles of name_runs (ASCII words)."},
    {"name_runs", name_runs, METH_VARARGS, "(start, run end, match end, sentence start, run) of _RUN_RE.finditer(text), runs in dropped left out."},
    {"key_starts_folded", key_starts_folded, METH_VARARGS, "(the key starts of text.lower(), those of them a-z in text after white space), or None where lower-casing lengthens text."},
    {"read_runs", read_runs, METH_VARARGS,
     "The loops of _speakers._Speakers._read_runs_py over name_runs' runs, the table's methods called where they act."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_kernel_quotes",
                                    "The whole-text scans of quotation finding in C.", -1, methods};

PyMODINIT_FUNC PyInit__kernel_quotes(void) { return PyModule_Create(&module); }
