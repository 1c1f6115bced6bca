/* The compiled kernel of discourse.text, discourse.segment and discourse.matcher: the token scan (scan, scan_codes,
 * below), Punkt's sentence spans (punkt_sentences, the steps of segment._punkt_spans), the check for lone
 * surrogates (first_surrogate), the paragraphs (paragraph_spans) and the frame matcher's passes over a text
 * (frame_automaton, frame_scan, chunk_words, frame_norm, distinct_nonascii; see "frame matching" below). Each has
 * a pure-Python twin that gives identical results (DISCOURSE_NO_KERNEL=1 uses it; tests/test_kernel.py,
 * tests/test_text.py and tests/test_matcher_kernel.py compare them).
 *
 * The token scan of discourse.text.token_spans in C: the same tokens, start and end offsets as the token
 * pattern (discourse.text.TOKEN_PATTERN, searched with Python's re), for the texts where the pattern
 * reduces to a few plain rules; None for any other text, which the caller then tokenises with the pattern
 * (the pure-Python path, identical by construction and by test: tests/test_kernel.py).
 *
 * The character classes are Python's own: re's Unicode \w is Py_UNICODE_ISALNUM or '_', \d is
 * Py_UNICODE_ISDECIMAL, \s is Py_UNICODE_ISSPACE (CPython's Modules/_sre/sre.c, SRE_UNI_IS_*), so the kernel
 * and the pattern classify every character alike.
 *
 * A text is refused (None) where an alternative of the pattern that the rules below leave out could match
 * or a character could behave differently: '@' (e-mail addresses), "://" or "www." (URLs), any character
 * of the in-word class (combining marks, soft hyphen, zero-width characters: they join words), the emoji
 * variation selector, and any character beyond the Basic Multilingual Plane or a surrogate (emoji
 * modifiers and sequences). The refused characters of the BMP come as a bitmap from Python (setup()), built
 * from the pattern's own classes.
 *
 * Without them, at each position the pattern's alternatives reduce to (tried in this order, as re does):
 *   ACRONYM  (?:[^\W\d_]\.){2,}
 *   NUMWORD  \d+(?:[A-Z]{1,2}|st|nd|rd|th|s)(?!\w)(?:[-‐‑][^\W_]+)*
 *   NUMBER   (?:[A-Z]{1,3}(?=[$€£¥]|\d+(?![^\W_]|[-‐‑][^\W_])))?[$€£¥]?\d+(?:[.,:]\d+)*%?
 *   SYMBOL   (?<![\w/.])[A-Z]++(?:/(?:[0-9]++|[A-Z][A-Za-z]*+(?:[.-][0-9]++)?+)){2,}+(?<=[0-9])(?!\w|/\w)
 *   WORD     [^\W_]+(?:[-‐‑][^\W_]+)*(?:[APOS](?!(?:s|S|re|RE|ve|VE|ll|LL|d|D|m|M)\b)[^\W_]+)*
 *   CLITIC   [APOS](?:s|S|re|RE|ve|VE|ll|LL|d|D|m|M)\b
 *   MARK     [^\w\s]
 * and white space and '_' start no token (no alternative matches there).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static unsigned char refuse_map[0x10000 / 8];
static int ready = 0;

typedef struct {
    int kind;
    const void *data;
    Py_ssize_t n;
} Text;

#define CH(t, i) PyUnicode_READ((t)->kind, (t)->data, (i))

/* The scan's helpers are inlined into one loop per string kind (1, 2 or 4 bytes per character), so that the
 * kind of every character read is a constant there rather than a test per character. */
#if defined(__GNUC__) || defined(__clang__)
#define ALWAYS_INLINE inline __attribute__((always_inline))
#elif defined(_MSC_VER)
#define ALWAYS_INLINE __forceinline
#else
#define ALWAYS_INLINE inline
#endif

/* The classes of the ASCII characters, looked up in a table (filled by setup() from the same Py_UNICODE_*
 * functions) instead of calling them: most characters of most texts are ASCII. */
#define C_ALNUM 1
#define C_DEC 2
#define C_SPACE 4
static unsigned char ascii_class[128];

static inline int is_alnum(Py_UCS4 c) { return c < 128 ? (ascii_class[c] & C_ALNUM) : Py_UNICODE_ISALNUM(c); }
static inline int is_word(Py_UCS4 c) { return c == '_' || is_alnum(c); }
static inline int is_dec(Py_UCS4 c) { return c < 128 ? (ascii_class[c] & C_DEC) : Py_UNICODE_ISDECIMAL(c); }
static inline int is_space(Py_UCS4 c) { return c < 128 ? (ascii_class[c] & C_SPACE) : Py_UNICODE_ISSPACE(c); }
static inline int is_letter(Py_UCS4 c) { return is_alnum(c) && !is_dec(c); }
static inline int is_apos(Py_UCS4 c) {
    return c == 0x27 || c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0x2032 || c == 0x60;
}
static inline int is_hyph(Py_UCS4 c) { return c == 0x2D || c == 0x2010 || c == 0x2011; }
static inline int is_cur(Py_UCS4 c) { return c == 0x24 || c == 0x20AC || c == 0xA3 || c == 0xA5; }

/* \b after a clitic (whose last character is a word character): the end of the text or a non-word char */
static inline int boundary(const Text *t, Py_ssize_t q) { return q >= t->n || !is_word(CH(t, q)); }

/* length of the clitic (?:s|S|re|RE|ve|VE|ll|LL|d|D|m|M)\b at p, the alternatives in order; 0 if none */
static ALWAYS_INLINE Py_ssize_t clitic_at(const Text *t, Py_ssize_t p) {
    static const char *alts[] = {"s", "S", "re", "RE", "ve", "VE", "ll", "LL", "d", "D", "m", "M"};
    for (int a = 0; a < 12; a++) {
        const char *x = alts[a];
        Py_ssize_t len = (Py_ssize_t)strlen(x), k;
        if (p + len > t->n) continue;
        for (k = 0; k < len; k++)
            if (CH(t, p + k) != (Py_UCS4)(unsigned char)x[k]) break;
        if (k == len && boundary(t, p + len)) return len;
    }
    return 0;
}

static ALWAYS_INLINE Py_ssize_t number_from(const Text *t, Py_ssize_t q) {
    /* \d+(?:[.,:]\d+)*%? from q, where text[q] is a decimal digit */
    while (q < t->n && is_dec(CH(t, q))) q++;
    for (;;) {
        if (q + 1 < t->n) {
            Py_UCS4 c = CH(t, q);
            if ((c == '.' || c == ',' || c == ':') && is_dec(CH(t, q + 1))) {
                q++;
                while (q < t->n && is_dec(CH(t, q))) q++;
                continue;
            }
        }
        break;
    }
    if (q < t->n && CH(t, q) == '%') q++;
    return q;
}

static ALWAYS_INLINE Py_ssize_t alnum_run(const Text *t, Py_ssize_t j) {
    while (j < t->n && is_alnum(CH(t, j))) j++;
    return j;
}

/* the end of \d+(?:[A-Z]{1,2}|st|nd|rd|th|s)(?!\w) from i (text[i] a decimal digit), or i where it does not match */
static ALWAYS_INLINE Py_ssize_t numword_end(const Text *t, Py_ssize_t i) {
    Py_ssize_t n = t->n, j = i + 1;
    while (j < n && is_dec(CH(t, j))) j++;
    if (j >= n) return i;
    Py_UCS4 d = CH(t, j);
    if (d >= 'A' && d <= 'Z') {
        if (j + 1 < n && CH(t, j + 1) >= 'A' && CH(t, j + 1) <= 'Z' && boundary(t, j + 2)) return j + 2;
        return boundary(t, j + 1) ? j + 1 : i;
    }
    if (j + 1 < n) {
        Py_UCS4 e = CH(t, j + 1);
        if (((d == 's' && e == 't') || (d == 'n' && e == 'd') || (d == 'r' && e == 'd') || (d == 't' && e == 'h'))
            && boundary(t, j + 2))
            return j + 2;
    }
    return (d == 's' && boundary(t, j + 1)) ? j + 1 : i;
}

static inline int ascii_digit(Py_UCS4 c) { return c >= '0' && c <= '9'; }
static inline int ascii_upper(Py_UCS4 c) { return c >= 'A' && c <= 'Z'; }

/* The end of a United Nations document symbol that starts at i ("A/HRC/51/17", "E/CN.4/2005/L.10"; the SYMBOL
 * alternative, discourse.text._SYMBOL, which says why), where the alphanumeric run text[i:j] ends at a slash; i where
 * there is none. Every part is taken whole (the pattern's quantifiers are possessive), so one pass decides. */
static ALWAYS_INLINE Py_ssize_t symbol_end(const Text *t, Py_ssize_t i, Py_ssize_t j) {
    Py_ssize_t n = t->n;
    for (Py_ssize_t k = i; k < j; k++)
        if (!ascii_upper(CH(t, k))) return i; /* the series symbol: capitals only */
    if (i > 0 && (CH(t, i - 1) == '/' || CH(t, i - 1) == '.' || is_word(CH(t, i - 1)))) return i;
    int parts = 0;
    while (j + 1 < n && CH(t, j) == '/') {
        Py_ssize_t q = j + 1;
        Py_UCS4 d = CH(t, q);
        if (ascii_digit(d)) {
            while (q < n && ascii_digit(CH(t, q))) q++;
        } else if (ascii_upper(d)) {
            q++;
            while (q < n && (ascii_upper(CH(t, q)) || (CH(t, q) >= 'a' && CH(t, q) <= 'z'))) q++;
            if (q + 1 < n && (CH(t, q) == '.' || CH(t, q) == '-') && ascii_digit(CH(t, q + 1))) {
                q += 2;
                while (q < n && ascii_digit(CH(t, q))) q++;
            }
        } else {
            break;
        }
        j = q;
        parts++;
    }
    if (parts < 2 || !ascii_digit(CH(t, j - 1))) return i;
    if (j < n && (is_word(CH(t, j)) || (CH(t, j) == '/' && j + 1 < n && is_word(CH(t, j + 1))))) return i;
    return j;
}

/* the end of the token that starts at i (text[i] is neither white space nor '_') */
static ALWAYS_INLINE Py_ssize_t token_end(const Text *t, Py_ssize_t i) {
    Py_ssize_t n = t->n;
    Py_UCS4 c = CH(t, i);
    /* ACRONYM */
    {
        Py_ssize_t j = i;
        int count = 0;
        while (j + 1 < n && is_letter(CH(t, j)) && CH(t, j + 1) == '.') {
            j += 2;
            count++;
        }
        if (count >= 2) return j;
    }
    /* NUMWORD: digits and a suffix that makes one word of them ("5G", "1990s", "21st"), then no word character */
    if (is_dec(c)) {
        Py_ssize_t e = numword_end(t, i);
        if (e > i) {
            while (e + 1 < n && is_hyph(CH(t, e)) && is_alnum(CH(t, e + 1))) e = alnum_run(t, e + 2);
            return e;
        }
    }
    /* NUMBER: the optional capitals are greedy (three at most), then backtrack */
    {
        int caps = 0;
        while (caps < 3 && i + caps < n) {
            Py_UCS4 d = CH(t, i + caps);
            if (d < 'A' || d > 'Z') break;
            caps++;
        }
        for (int k = caps; k >= 0; k--) {
            Py_ssize_t q = i + k;
            if (q >= n) continue;
            Py_UCS4 d = CH(t, q);
            if (is_cur(d)) {
                if (q + 1 < n && is_dec(CH(t, q + 1))) return number_from(t, q + 1);
            } else if (is_dec(d)) {
                if (k > 0) {
                    /* capitals before digits that run on into a word ("Q1656-LE", "B2B"): no number at any k, the
                     * digits' end being the same; the WORD rule takes it */
                    Py_ssize_t r = q;
                    while (r < n && is_dec(CH(t, r))) r++;
                    if (r < n && (is_alnum(CH(t, r)) || (r + 1 < n && is_hyph(CH(t, r)) && is_alnum(CH(t, r + 1)))))
                        break;
                }
                return number_from(t, q);
            }
        }
    }
    /* SYMBOL (tried only where a capital's run of letters ends at a slash), then WORD */
    if (is_alnum(c)) {
        Py_ssize_t j = alnum_run(t, i + 1);
        if (j < n && CH(t, j) == '/' && ascii_upper(c)) {
            Py_ssize_t e = symbol_end(t, i, j);
            if (e > i) return e;
        }
        while (j + 1 < n && is_hyph(CH(t, j)) && is_alnum(CH(t, j + 1))) j = alnum_run(t, j + 2);
        while (j + 1 < n && is_apos(CH(t, j)) && is_alnum(CH(t, j + 1)) && clitic_at(t, j + 1) == 0)
            j = alnum_run(t, j + 2);
        return j;
    }
    /* CLITIC */
    if (is_apos(c)) {
        Py_ssize_t len = clitic_at(t, i + 1);
        if (len) return i + 1 + len;
    }
    /* MARK */
    return i + 1;
}

/* Does the text hold anything the reduced rules leave out? */
static ALWAYS_INLINE int refused(const Text *t) {
    for (Py_ssize_t i = 0; i < t->n; i++) {
        Py_UCS4 c = CH(t, i);
        if (c >= 0x10000 || (c >= 0xD800 && c <= 0xDFFF)) return 1;
        if (refuse_map[c >> 3] & (1u << (c & 7))) return 1;
        if (c == ':' && i + 2 < t->n && CH(t, i + 1) == '/' && CH(t, i + 2) == '/') return 1;
        if (c == 'w' && i + 3 < t->n && CH(t, i + 1) == 'w' && CH(t, i + 2) == 'w' && CH(t, i + 3) == '.')
            return 1;
    }
    return 0;
}

/* A growable array of one element type and its push (-1 where memory runs out; free(a.v) when done). */
#define DEFINE_VEC(NAME, TYPE, PUSH)                                              \
    typedef struct {                                                              \
        TYPE *v;                                                                  \
        Py_ssize_t len, cap;                                                      \
    } NAME;                                                                       \
    static int PUSH(NAME *a, TYPE x) {                                            \
        if (a->len == a->cap) {                                                   \
            Py_ssize_t cap = a->cap ? 2 * a->cap : 1024;                          \
            TYPE *v = (TYPE *)realloc(a->v, (size_t)cap * sizeof(TYPE));          \
            if (v == NULL) return -1;                                             \
            a->v = v;                                                             \
            a->cap = cap;                                                         \
        }                                                                         \
        a->v[a->len++] = x;                                                       \
        return 0;                                                                 \
    }
DEFINE_VEC(Vec, int64_t, vec_push)
DEFINE_VEC(Vec32, int32_t, vec32_push)
DEFINE_VEC(Vec8, unsigned char, vec8_push)

/* The ids of tokens met before, kept in C between calls of scan_codes for the same ids mapping, so that a
 * token met again costs a hash of its characters and a comparison, not a str object and a dict lookup.
 * A token is its code points (tokens of texts of different string kinds compare alike). The cache belongs
 * to one ids object, held by a weak reference: another object (or a dead one, or one that has fewer
 * entries than before) empties it; an object without weak references (a plain dict) gets it emptied at
 * every call. This is sound because ids only ever gains keys and never changes an id (discourse.text._Ids:
 * an id is the position of first appearance), so an id once read stays the id of that token. The tables are
 * freed when the ids object dies (the weak reference's callback), and emptied when they hold 2**20 tokens or
 * 2**24 code points (at most about 110 MB; the ids mapping itself holds the same tokens as str objects). */
typedef struct {
    uint64_t hash;
    Py_ssize_t off; /* into arena; -1: empty slot */
    int32_t len;
    int32_t code;
} Slot;

static Slot *slots = NULL;
static size_t n_slots = 0, n_used = 0;
static Py_UCS4 *arena = NULL;
static size_t arena_len = 0, arena_cap = 0;
static PyObject *owner = NULL; /* weak reference to the ids object the cache belongs to */
static Py_ssize_t owner_size = 0;
/* changes whenever the tables are freed or reallocated: a call that ran Python code (ids.__missing__, where
 * another thread may take the GIL and scan with the cache) finds its slot again before writing to it */
static uint64_t cache_gen = 0;

static void cache_free_tables(void) {
    free(slots);
    free(arena);
    slots = NULL;
    arena = NULL;
    n_slots = n_used = arena_len = arena_cap = 0;
    cache_gen++;
}

static void cache_clear(void) {
    cache_free_tables();
    Py_CLEAR(owner);
    owner_size = 0;
}

/* the weak reference's callback: the ids object died (tokenize returned), so its tables are freed at once;
 * the reference itself is dropped at the next call (not inside its own callback) */
static PyObject *cache_release(PyObject *self, PyObject *ref) {
    if (ref == owner) cache_free_tables();
    Py_RETURN_NONE;
}

static PyMethodDef release_def = {"_cache_release", cache_release, METH_O, NULL};
static PyObject *release_fn = NULL;

static int cache_alloc(size_t n) {
    slots = (Slot *)malloc(n * sizeof(Slot));
    if (slots == NULL) return -1;
    for (size_t k = 0; k < n; k++) slots[k].off = -1;
    n_slots = n;
    n_used = 0;
    cache_gen++;
    return 0;
}

static ALWAYS_INLINE uint64_t token_hash(const Text *t, Py_ssize_t i, Py_ssize_t e) {
    uint64_t h = 1469598103934665603ULL; /* FNV-1a over the code points */
    for (Py_ssize_t k = i; k < e; k++) {
        h ^= (uint64_t)CH(t, k);
        h *= 1099511628211ULL;
    }
    return h ^ (h >> 29);
}

/* the slot of the token text[i:e] (hash h): the one holding it, or the empty one where it would go */
static ALWAYS_INLINE Slot *cache_find(const Text *t, Py_ssize_t i, Py_ssize_t e, uint64_t h) {
    size_t mask = n_slots - 1, k = (size_t)h & mask;
    int32_t len = (int32_t)(e - i);
    for (;;) {
        Slot *sl = &slots[k];
        if (sl->off < 0) return sl;
        if (sl->hash == h && sl->len == len) {
            const Py_UCS4 *a = arena + sl->off;
            Py_ssize_t q = 0;
            while (q < len && a[q] == CH(t, i + q)) q++;
            if (q == len) return sl;
        }
        k = (k + 1) & mask;
    }
}

static int cache_grow(void) {
    Slot *old = slots;
    size_t n_old = n_slots;
    if (cache_alloc(2 * n_old) < 0) {
        slots = old;
        n_slots = n_old;
        return -1;
    }
    size_t used = 0;
    for (size_t k = 0; k < n_old; k++) {
        if (old[k].off < 0) continue;
        size_t j = (size_t)old[k].hash & (n_slots - 1);
        while (slots[j].off >= 0) j = (j + 1) & (n_slots - 1);
        slots[j] = old[k];
        used++;
    }
    n_used = used;
    free(old);
    return 0;
}

/* remember the id of text[i:e] in the empty slot sl (found by cache_find); -1 only when out of memory */
static int cache_put(Slot *sl, const Text *t, Py_ssize_t i, Py_ssize_t e, uint64_t h, int32_t code) {
    size_t len = (size_t)(e - i);
    if (arena_len + len > arena_cap) {
        size_t cap = arena_cap ? 2 * arena_cap : 65536;
        while (cap < arena_len + len) cap *= 2;
        Py_UCS4 *a = (Py_UCS4 *)realloc(arena, cap * sizeof(Py_UCS4));
        if (a == NULL) return -1;
        arena = a;
        arena_cap = cap;
    }
    for (size_t q = 0; q < len; q++) arena[arena_len + q] = CH(t, i + (Py_ssize_t)q);
    sl->hash = h;
    sl->off = (Py_ssize_t)arena_len;
    sl->len = (int32_t)len;
    sl->code = code;
    arena_len += len;
    n_used++;
    if (2 * n_used > n_slots) return cache_grow();
    return 0;
}

/* make the cache the one of ids (emptied where it belonged to another object); -1 with an exception set */
static int cache_for(PyObject *ids) {
    PyObject *cur = NULL;
    if (owner != NULL) {
#if PY_VERSION_HEX >= 0x030D0000
        if (PyWeakref_GetRef(owner, &cur) < 0) return -1;
        Py_XDECREF(cur); /* only compared, never used */
#else
        cur = PyWeakref_GetObject(owner); /* borrowed; Py_None when dead */
#endif
    }
    if (owner == NULL || cur != ids || slots == NULL || PyDict_GET_SIZE(ids) < owner_size ||
        n_used >= ((size_t)1 << 20) || arena_len >= ((size_t)1 << 24)) {
        cache_clear();
        if (release_fn == NULL) release_fn = PyCFunction_New(&release_def, NULL);
        if (release_fn == NULL) return -1;
        owner = PyWeakref_NewRef(ids, release_fn);
        if (owner == NULL) PyErr_Clear(); /* no weak references: emptied at every call */
    }
    if (slots == NULL && cache_alloc(4096) < 0) {
        PyErr_NoMemory();
        return -1;
    }
    return 0;
}

/* the token loop of scan_codes for texts of one string kind: 1 refused, 0 done, -1 with an exception set */
static ALWAYS_INLINE int codes_loop(PyObject *str, PyObject *ids, int kind, Vec *starts_v, Vec *ends_v,
                                    Vec32 *codes_v) {
    Text t = {kind, PyUnicode_DATA(str), PyUnicode_GET_LENGTH(str)};
    if (refused(&t)) return 1;
    if (cache_for(ids) < 0) return -1;
    Py_ssize_t i = 0;
    while (i < t.n) {
        Py_UCS4 c = CH(&t, i);
        if (c == '_' || is_space(c)) {
            i++;
            continue;
        }
        Py_ssize_t e = token_end(&t, i);
        uint64_t h = token_hash(&t, i, e);
        Slot *sl = cache_find(&t, i, e, h);
        long code;
        if (sl->off >= 0) {
            code = sl->code;
        } else {
            uint64_t gen = cache_gen;
            PyObject *tok = PyUnicode_Substring(str, i, e);
            if (tok == NULL) return -1;
            PyObject *val = PyDict_GetItemWithError(ids, tok); /* borrowed */
            if (val != NULL) {
                code = PyLong_AsLong(val);
            } else if (PyErr_Occurred()) {
                Py_DECREF(tok);
                return -1;
            } else {
                val = PyObject_GetItem(ids, tok); /* new: __missing__ */
                if (val == NULL) {
                    Py_DECREF(tok);
                    return -1;
                }
                code = PyLong_AsLong(val);
                Py_DECREF(val);
            }
            Py_DECREF(tok);
            if (code == -1 && PyErr_Occurred()) return -1;
            if (code < INT32_MIN || code > INT32_MAX) {
                PyErr_SetString(PyExc_OverflowError, "a token id does not fit in int32");
                return -1;
            }
            if (cache_gen != gen) { /* the tables changed while Python code ran: this call's again, then the slot */
                if (cache_for(ids) < 0) return -1;
                sl = cache_find(&t, i, e, h);
            }
            if (sl->off < 0 && cache_put(sl, &t, i, e, h, (int32_t)code) < 0) {
                PyErr_NoMemory();
                return -1;
            }
        }
        if (vec_push(starts_v, i) < 0 || vec_push(ends_v, e) < 0 || vec32_push(codes_v, (int32_t)code) < 0) {
            PyErr_NoMemory();
            return -1;
        }
        i = e;
    }
    return 0;
}

static int codes_loop_1(PyObject *str, PyObject *ids, Vec *s, Vec *e, Vec32 *c) {
    return codes_loop(str, ids, PyUnicode_1BYTE_KIND, s, e, c);
}
static int codes_loop_2(PyObject *str, PyObject *ids, Vec *s, Vec *e, Vec32 *c) {
    return codes_loop(str, ids, PyUnicode_2BYTE_KIND, s, e, c);
}
static int codes_loop_4(PyObject *str, PyObject *ids, Vec *s, Vec *e, Vec32 *c) {
    return codes_loop(str, ids, PyUnicode_4BYTE_KIND, s, e, c);
}

/* scan_codes(text, ids) -> None (refused) | (starts, ends, codes: bytearray of int32): the tokens' offsets and
 * ids[token] for every token in order, as np.fromiter(map(ids.__getitem__, tokens)) gives them (a key that
 * ids lacks is looked up with ids[token], so that a dict subclass's __missing__ assigns it in token order).
 * ids must never change the id of a key (see the cache above). */
static PyObject *scan_codes(PyObject *self, PyObject *args) {
    PyObject *str, *ids;
    if (!PyArg_ParseTuple(args, "UO!", &str, &PyDict_Type, &ids)) return NULL;
    if (!ready) {
        PyErr_SetString(PyExc_RuntimeError, "discourse._kernel.setup() was not called");
        return NULL;
    }
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(str) < 0) return NULL;
#endif
    Vec starts = {NULL, 0, 0}, ends = {NULL, 0, 0};
    Vec32 codes = {NULL, 0, 0};
    PyObject *out = NULL;
    int kind = PyUnicode_KIND(str);
    int r = kind == PyUnicode_1BYTE_KIND   ? codes_loop_1(str, ids, &starts, &ends, &codes)
            : kind == PyUnicode_2BYTE_KIND ? codes_loop_2(str, ids, &starts, &ends, &codes)
                                           : codes_loop_4(str, ids, &starts, &ends, &codes);
    if (r == 1) Py_RETURN_NONE; /* refused before any token (and before the cache was touched) */
    if (r < 0) goto done;
    {
        PyObject *s = PyByteArray_FromStringAndSize((const char *)starts.v, starts.len * (Py_ssize_t)sizeof(int64_t));
        PyObject *e = PyByteArray_FromStringAndSize((const char *)ends.v, ends.len * (Py_ssize_t)sizeof(int64_t));
        PyObject *k = PyByteArray_FromStringAndSize((const char *)codes.v, codes.len * (Py_ssize_t)sizeof(int32_t));
        if (s != NULL && e != NULL && k != NULL) out = PyTuple_Pack(3, s, e, k);
        Py_XDECREF(s);
        Py_XDECREF(e);
        Py_XDECREF(k);
    }
done:
    owner_size = PyDict_GET_SIZE(ids);
    free(starts.v);
    free(ends.v);
    free(codes.v);
    return out;
}

/* scan(text, want_spans) -> None (refused) | (starts: bytearray of int64, ends: bytearray of int64, tokens: list)
 * with want_spans False: None | tokens (a list) */
static PyObject *scan(PyObject *self, PyObject *args) {
    PyObject *str;
    int want_spans = 1;
    if (!PyArg_ParseTuple(args, "U|p", &str, &want_spans)) return NULL;
    if (!ready) {
        PyErr_SetString(PyExc_RuntimeError, "discourse._kernel.setup() was not called");
        return NULL;
    }
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(str) < 0) return NULL;
#endif
    Text t = {PyUnicode_KIND(str), PyUnicode_DATA(str), PyUnicode_GET_LENGTH(str)};
    if (refused(&t)) Py_RETURN_NONE;
    Vec starts = {NULL, 0, 0}, ends = {NULL, 0, 0};
    PyObject *tokens = PyList_New(0);
    PyObject *out = NULL;
    if (tokens == NULL) return NULL;
    Py_ssize_t i = 0;
    while (i < t.n) {
        Py_UCS4 c = CH(&t, i);
        if (c == '_' || is_space(c)) {
            i++;
            continue;
        }
        Py_ssize_t e = token_end(&t, i);
        PyObject *tok = PyUnicode_Substring(str, i, e);
        if (tok == NULL) goto done;
        int err = PyList_Append(tokens, tok);
        Py_DECREF(tok);
        if (err < 0) goto done;
        if (want_spans && (vec_push(&starts, i) < 0 || vec_push(&ends, e) < 0)) {
            PyErr_NoMemory();
            goto done;
        }
        i = e;
    }
    if (!want_spans) {
        out = tokens;
        tokens = NULL;
        goto done;
    }
    {
        PyObject *s = PyByteArray_FromStringAndSize((const char *)starts.v, starts.len * (Py_ssize_t)sizeof(int64_t));
        PyObject *e = PyByteArray_FromStringAndSize((const char *)ends.v, ends.len * (Py_ssize_t)sizeof(int64_t));
        if (s != NULL && e != NULL) out = PyTuple_Pack(3, s, e, tokens);
        Py_XDECREF(s);
        Py_XDECREF(e);
    }
done:
    free(starts.v);
    free(ends.v);
    Py_XDECREF(tokens);
    return out;
}

/* ---------------------------------------------------------------------------------------- sentences
 * punkt_sentences(text, paragraphs, memo, decide) -> list of (start, end): the sentence spans of
 * discourse.segment._punkt_spans for every paragraph (start, end) in order, for Punkt's patterns of nltk 3.10
 * (the caller checks the pattern strings and uses the Python steps for any other):
 *   period context  [.?!](?=(?P<after_tok>[)";}\]*:@'({[‘’“”«»?!]|\s+(?P<next_tok>\S+)))
 *   realignment     ["')\]}‘’“”«»]+?(?:\s+|(?=--)|$)        (MULTILINE)
 * searched within the paragraph (the text ends at its end, as with pos/endpos); \s is re's Unicode white
 * space, Py_UNICODE_ISSPACE. The word before a candidate starts after the last character of Python's
 * string.whitespace (ASCII) before it. A candidate's decision: memo[context] (a dict of bools), else
 * decide(context) (Punkt's text_contains_sentbreak, which fills memo). */
static inline int is_nonword(Py_UCS4 c) {
    switch (c) {
    case ')': case '"': case ';': case '}': case ']': case '*': case ':': case '@': case '\'': case '(':
    case '{': case '[': case 0x2018: case 0x2019: case 0x201C: case 0x201D: case 0xAB: case 0xBB: case '?':
    case '!':
        return 1;
    default:
        return 0;
    }
}

static inline int is_closer(Py_UCS4 c) {
    switch (c) {
    case '"': case '\'': case ')': case ']': case '}': case 0x2018: case 0x2019: case 0x201C: case 0x201D:
    case 0xAB: case 0xBB:
        return 1;
    default:
        return 0;
    }
}

static inline int is_ascii_ws(Py_UCS4 c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* Punkt's decision on text[a:b]: 1 (a break), 0, -1 with an exception set */
static int decide_context(PyObject *str, Py_ssize_t a, Py_ssize_t b, PyObject *memo, PyObject *decide) {
    PyObject *ctx = PyUnicode_Substring(str, a, b);
    if (ctx == NULL) return -1;
    PyObject *v = PyDict_GetItemWithError(memo, ctx); /* borrowed */
    int r;
    if (v != NULL) {
        r = PyObject_IsTrue(v);
    } else if (PyErr_Occurred()) {
        r = -1;
    } else {
        v = PyObject_CallOneArg(decide, ctx);
        r = v == NULL ? -1 : PyObject_IsTrue(v);
        Py_XDECREF(v);
    }
    Py_DECREF(ctx);
    return r;
}

static int append_span(PyObject *out, Py_ssize_t a, Py_ssize_t b) {
    PyObject *pair = Py_BuildValue("(nn)", a, b);
    if (pair == NULL) return -1;
    int r = PyList_Append(out, pair);
    Py_DECREF(pair);
    return r;
}

/* the sentences of the paragraph text[ps:pe], appended to out; -1 with an exception set */
static int paragraph_sentences(PyObject *str, const Text *t, Py_ssize_t ps, Py_ssize_t pe, PyObject *memo,
                               PyObject *decide, Vec *breaks, PyObject *out) {
    breaks->len = 0;
    int have_prev = 0;
    Py_ssize_t prev_start = ps, prev_stop = ps, prev_end = 0, prev_after = 0, prev_next = -1;
    for (Py_ssize_t p = ps; p < pe; p++) {
        Py_UCS4 c = CH(t, p);
        if (c != '.' && c != '?' && c != '!') continue;
        Py_ssize_t q = p + 1, after_end, next_start = -1;
        if (q < pe && is_nonword(CH(t, q))) {
            after_end = q + 1;
        } else {
            Py_ssize_t j = q;
            while (j < pe && Py_UNICODE_ISSPACE(CH(t, j))) j++;
            if (j == q || j == pe) continue; /* \s+ then \S+ needs both */
            Py_ssize_t k = j;
            while (k < pe && !Py_UNICODE_ISSPACE(CH(t, k))) k++;
            after_end = k;
            next_start = j;
        }
        /* the word before: after the last ASCII white space in text[prev_stop:p]; nltk's index 0 (none, or at
         * the first character) keeps the previous word's start */
        Py_ssize_t i = p - 1;
        while (i >= prev_stop && !is_ascii_ws(CH(t, i))) i--;
        Py_ssize_t word_start = (i >= prev_stop && i > prev_stop) ? i + 1 : prev_start;
        if (have_prev && prev_stop <= word_start) {
            int r = decide_context(str, prev_start, prev_after, memo, decide);
            if (r < 0) return -1;
            if (r && (vec_push(breaks, prev_end) < 0 || vec_push(breaks, prev_next >= 0 ? prev_next : prev_end) < 0)) {
                PyErr_NoMemory();
                return -1;
            }
        }
        have_prev = 1;
        prev_start = word_start;
        prev_stop = p;
        prev_end = p + 1;
        prev_after = after_end;
        prev_next = next_start;
    }
    if (have_prev) {
        int r = decide_context(str, prev_start, prev_after, memo, decide);
        if (r < 0) return -1;
        if (r && (vec_push(breaks, prev_end) < 0 || vec_push(breaks, prev_next >= 0 ? prev_next : prev_end) < 0)) {
            PyErr_NoMemory();
            return -1;
        }
    }
    Py_ssize_t end = pe;
    while (end > ps && Py_UNICODE_ISSPACE(CH(t, end - 1))) end--;
    /* the slices of nltk's _slices_from_text, realigned as its _realign_boundaries does */
    Py_ssize_t start = ps, realign = 0, k = 0, nb = breaks->len;
    for (;;) {
        Py_ssize_t s1_start, s1_stop, s2_start, s2_stop = 0;
        if (k < nb) {
            s1_start = start;
            s1_stop = breaks->v[k];
            s2_start = breaks->v[k + 1];
            s2_stop = k + 2 < nb ? breaks->v[k + 2] : end;
            k += 2;
        } else {
            s1_start = start;
            s1_stop = end;
            s2_start = -1;
        }
        start = s2_start;
        s1_start += realign;
        if (s2_start < 0) {
            if (s1_start < s1_stop && append_span(out, s1_start, s1_stop) < 0) return -1;
            return 0;
        }
        /* realignment: closers (lazily, one or more) then white space, "--" or the end */
        Py_ssize_t a = s2_start, m_end = -1;
        while (a < s2_stop && is_closer(CH(t, a))) {
            a++;
            if (a < s2_stop && Py_UNICODE_ISSPACE(CH(t, a))) {
                Py_ssize_t w = a;
                while (w < s2_stop && Py_UNICODE_ISSPACE(CH(t, w))) w++;
                m_end = w;
                break;
            }
            if ((a + 1 < s2_stop && CH(t, a) == '-' && CH(t, a + 1) == '-') || a == s2_stop) {
                m_end = a;
                break;
            }
        }
        if (m_end >= 0) {
            if (append_span(out, s1_start, a) < 0) return -1; /* group(0).rstrip(): the closers */
            realign = m_end - s2_start;
        } else {
            realign = 0;
            if (s1_start < s1_stop && append_span(out, s1_start, s1_stop) < 0) return -1;
        }
    }
}

static PyObject *punkt_sentences(PyObject *self, PyObject *args) {
    PyObject *str, *paras, *memo, *decide;
    if (!PyArg_ParseTuple(args, "UOO!O", &str, &paras, &PyDict_Type, &memo, &decide)) return NULL;
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(str) < 0) return NULL;
#endif
    Text t = {PyUnicode_KIND(str), PyUnicode_DATA(str), PyUnicode_GET_LENGTH(str)};
    PyObject *seq = PySequence_Fast(paras, "paragraphs must be a sequence of (start, end)");
    if (seq == NULL) return NULL;
    PyObject *out = PyList_New(0);
    Vec breaks = {NULL, 0, 0};
    if (out == NULL) goto fail;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(seq);
    for (Py_ssize_t k = 0; k < n; k++) {
        Py_ssize_t ps, pe;
        if (!PyArg_ParseTuple(PySequence_Fast_GET_ITEM(seq, k), "nn", &ps, &pe)) goto fail;
        if (ps < 0) ps = 0;
        if (pe > t.n) pe = t.n;
        if (pe < ps) pe = ps;
        if (paragraph_sentences(str, &t, ps, pe, memo, decide, &breaks, out) < 0) goto fail;
    }
    free(breaks.v);
    Py_DECREF(seq);
    return out;
fail:
    free(breaks.v);
    Py_DECREF(seq);
    Py_XDECREF(out);
    return NULL;
}

/* first_surrogate(text) -> the index of the first code point U+D800-U+DFFF (a lone surrogate), or -1: what
 * discourse._util.LONE_SURROGATE.search(text) finds. A text of one byte per character holds none. */
static PyObject *first_surrogate(PyObject *self, PyObject *args) {
    PyObject *str;
    if (!PyArg_ParseTuple(args, "U", &str)) return NULL;
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(str) < 0) return NULL;
#endif
    Py_ssize_t n = PyUnicode_GET_LENGTH(str);
    int kind = PyUnicode_KIND(str);
    if (kind == PyUnicode_2BYTE_KIND) {
        const Py_UCS2 *d = PyUnicode_2BYTE_DATA(str);
        for (Py_ssize_t i = 0; i < n; i++)
            if ((d[i] & 0xF800) == 0xD800) return PyLong_FromSsize_t(i);
    } else if (kind == PyUnicode_4BYTE_KIND) {
        const Py_UCS4 *d = PyUnicode_4BYTE_DATA(str);
        for (Py_ssize_t i = 0; i < n; i++)
            if (d[i] >= 0xD800 && d[i] <= 0xDFFF) return PyLong_FromSsize_t(i);
    }
    return PyLong_FromLong(-1);
}

/* ---------------------------------------------------------------------------------------- frame matching
 * The automaton pass of discourse.matcher.FrameMatcher._scan and the chunk pass of discourse.matcher._word_count
 * in C; the Python code beside them (pyahocorasick and the per-match checks; numpy over the characters) is the
 * pure-Python twin with identical results (tests/test_matcher_kernel.py compares them).
 *
 * frame_automaton(keys, key_info, specs) -> capsule: an Aho-Corasick automaton over the keys (a dense table of
 * transitions on the classes of the characters the keys hold; every other character is class 0, which no key
 * holds) with, per key, what FrameMatcher knows about it (key_info[k] = (flags, word prio, word spec, specs);
 * flags: 1 at_start, 2 at_end, 4 phrase_key, 8 word_key) and, per spec, (parts, priority, the anchored part, the
 * literal end of the part before it, the literal start of the part after it).
 *
 * frame_scan(automaton, masked, norm, offsets) -> (singles, candidates): every occurrence of every key in norm
 * (as pyahocorasick's iter finds them: all of them, overlapping), filtered as FrameMatcher._scan filters them
 * (see there). offsets: None where norm is aligned with masked, else FrameMatcher._prepare's offset map as int64
 * buffers (raw_pos, norm_pos, width, extra): each start is then mapped to masked as _candidates_py maps it and
 * only the matching on an ASCII token below is made (its norm read from masked); aligned,
 * the cheap rejections on the text are made here, a word key with white space (or a plain mark and white
 * space) around it is a single hit, and an occurrence on a token of ASCII characters (the word of a chunk of ASCII
 * letters with plain marks around it, which FrameMatcher tokenises without the regex, else a token of the token
 * scan of its chunk) is matched here on that token for the specs of one part; the specs of several parts of such
 * a key are left to Python one by one where their anchored part matches the token and FrameMatcher's neighbours_ok
 * holds for the token (flag 1: the start and the spec, not the key), every other occurrence too (flag 0: a token
 * with other characters, whose norm is normalize()'s, or a chunk the token scan refuses). singles: int64 (token
 * start, priority, spec, token end) per single hit found here; candidates: int64 (start, key or spec, flag). */
typedef struct {
    Py_ssize_t n_states, n_cls, n_keys, n_specs, n_na;
    int32_t *delta, *out, *dlink;
    int32_t ascii_cls[128];
    Py_UCS4 *na_chr;
    int32_t *na_cls;
    int32_t *klen, *kflags, *wk_prio, *wk_spec, *kj_off, *kj;
    int32_t *slen, *sprio, *a_off, *a_len, *p_off, *p_len, *x_off, *x_len;
    Py_UCS4 *pool;
} FrameAuto;

#define FA_AT_START 1
#define FA_AT_END 2
#define FA_PHRASE_KEY 4
#define FA_WORD_KEY 8

static void frame_auto_free(FrameAuto *a) {
    if (a == NULL) return;
    void *ps[] = {a->delta, a->out, a->dlink, a->na_chr, a->na_cls, a->klen, a->kflags, a->wk_prio, a->wk_spec,
                  a->kj_off, a->kj, a->slen, a->sprio, a->a_off, a->a_len, a->p_off, a->p_len, a->x_off, a->x_len,
                  a->pool};
    for (size_t i = 0; i < sizeof(ps) / sizeof(ps[0]); i++) free(ps[i]);
    free(a);
}

static void frame_auto_capsule_free(PyObject *cap) {
    frame_auto_free((FrameAuto *)PyCapsule_GetPointer(cap, "discourse._kernel.FrameAuto"));
}

static ALWAYS_INLINE int32_t fa_class(const FrameAuto *a, Py_UCS4 c) {
    if (c < 128) return a->ascii_cls[c];
    Py_ssize_t lo = 0, hi = a->n_na;
    while (lo < hi) {
        Py_ssize_t mid = (lo + hi) / 2;
        if (a->na_chr[mid] < c) lo = mid + 1;
        else hi = mid;
    }
    return (lo < a->n_na && a->na_chr[lo] == c) ? a->na_cls[lo] : 0;
}

static int cmp_ucs4(const void *x, const void *y) {
    Py_UCS4 a = *(const Py_UCS4 *)x, b = *(const Py_UCS4 *)y;
    return a < b ? -1 : a > b;
}

/* append the code points of s to the pool; its offset and length */
static int pool_add(PyObject *s, Py_UCS4 *pool, Py_ssize_t *used, int32_t *off, int32_t *len) {
    if (!PyUnicode_Check(s)) {
        PyErr_SetString(PyExc_TypeError, "frame_automaton: expected a str");
        return -1;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    int kind = PyUnicode_KIND(s);
    const void *data = PyUnicode_DATA(s);
    *off = (int32_t)*used;
    *len = (int32_t)n;
    for (Py_ssize_t i = 0; i < n; i++) pool[(*used)++] = PyUnicode_READ(kind, data, i);
    return 0;
}

static PyObject *frame_automaton(PyObject *self, PyObject *args) {
    PyObject *keys, *key_info, *specs;
    if (!PyArg_ParseTuple(args, "O!O!O!", &PyList_Type, &keys, &PyList_Type, &key_info, &PyList_Type, &specs))
        return NULL;
    Py_ssize_t nk = PyList_GET_SIZE(keys), ns = PyList_GET_SIZE(specs);
    if (PyList_GET_SIZE(key_info) != nk) {
        PyErr_SetString(PyExc_ValueError, "frame_automaton: keys and key_info differ in length");
        return NULL;
    }
    FrameAuto *a = (FrameAuto *)calloc(1, sizeof(FrameAuto));
    if (a == NULL) return PyErr_NoMemory();
    a->n_keys = nk;
    a->n_specs = ns;
    Py_ssize_t total = 0, n_js = 0, pool_need = 0;
    for (Py_ssize_t k = 0; k < nk; k++) {
        PyObject *key = PyList_GET_ITEM(keys, k), *info = PyList_GET_ITEM(key_info, k);
        if (!PyUnicode_Check(key) || PyUnicode_GET_LENGTH(key) == 0 || !PyTuple_Check(info) || PyTuple_GET_SIZE(info) != 4 ||
            !PyTuple_Check(PyTuple_GET_ITEM(info, 3))) {
            PyErr_SetString(PyExc_TypeError, "frame_automaton: keys are non-empty str, key_info (flags, prio, spec, specs)");
            goto fail;
        }
        total += PyUnicode_GET_LENGTH(key);
        n_js += PyTuple_GET_SIZE(PyTuple_GET_ITEM(info, 3));
    }
    for (Py_ssize_t j = 0; j < ns; j++) {
        PyObject *sp = PyList_GET_ITEM(specs, j);
        if (!PyTuple_Check(sp) || PyTuple_GET_SIZE(sp) != 5) {
            PyErr_SetString(PyExc_TypeError, "frame_automaton: specs are (parts, prio, anchor, prev, next)");
            goto fail;
        }
        for (int f = 2; f < 5; f++) {
            PyObject *s = PyTuple_GET_ITEM(sp, f);
            if (!PyUnicode_Check(s)) {
                PyErr_SetString(PyExc_TypeError, "frame_automaton: a spec's anchor, prev and next are str");
                goto fail;
            }
            pool_need += PyUnicode_GET_LENGTH(s);
        }
    }
    /* the alphabet: every character of the keys, class 1, 2, ... in order of first appearance */
    {
        Py_UCS4 *chars = (Py_UCS4 *)malloc((size_t)(total + 1) * sizeof(Py_UCS4));
        if (chars == NULL) goto nomem;
        Py_ssize_t nc = 0;
        for (Py_ssize_t k = 0; k < nk; k++) {
            PyObject *key = PyList_GET_ITEM(keys, k);
            for (Py_ssize_t i = 0; i < PyUnicode_GET_LENGTH(key); i++) chars[nc++] = PyUnicode_READ_CHAR(key, i);
        }
        qsort(chars, (size_t)nc, sizeof(Py_UCS4), cmp_ucs4);
        Py_ssize_t nu = 0;
        for (Py_ssize_t i = 0; i < nc; i++)
            if (nu == 0 || chars[nu - 1] != chars[i]) chars[nu++] = chars[i];
        a->n_cls = nu + 1;
        Py_ssize_t n_na = 0;
        for (Py_ssize_t i = 0; i < nu; i++) n_na += chars[i] >= 128;
        a->na_chr = (Py_UCS4 *)malloc((size_t)(n_na + 1) * sizeof(Py_UCS4));
        a->na_cls = (int32_t *)malloc((size_t)(n_na + 1) * sizeof(int32_t));
        if (a->na_chr == NULL || a->na_cls == NULL) {
            free(chars);
            goto nomem;
        }
        for (Py_ssize_t i = 0; i < nu; i++) {
            if (chars[i] < 128) a->ascii_cls[chars[i]] = (int32_t)(i + 1);
            else {
                a->na_chr[a->n_na] = chars[i];
                a->na_cls[a->n_na++] = (int32_t)(i + 1);
            }
        }
        free(chars);
    }
    /* the trie (goto in delta, -1 where none), then the failure links breadth first, filling delta */
    {
        Py_ssize_t ms = total + 1, C = a->n_cls;
        a->delta = (int32_t *)malloc((size_t)(ms * C) * sizeof(int32_t));
        a->out = (int32_t *)malloc((size_t)ms * sizeof(int32_t));
        a->dlink = (int32_t *)malloc((size_t)ms * sizeof(int32_t));
        int32_t *fail = (int32_t *)malloc((size_t)ms * sizeof(int32_t));
        int32_t *queue = (int32_t *)malloc((size_t)ms * sizeof(int32_t));
        if (a->delta == NULL || a->out == NULL || a->dlink == NULL || fail == NULL || queue == NULL) {
            free(fail);
            free(queue);
            goto nomem;
        }
        for (Py_ssize_t i = 0; i < ms * C; i++) a->delta[i] = -1;
        for (Py_ssize_t i = 0; i < ms; i++) a->out[i] = a->dlink[i] = -1;
        Py_ssize_t ns_used = 1;
        for (Py_ssize_t k = 0; k < nk; k++) {
            PyObject *key = PyList_GET_ITEM(keys, k);
            Py_ssize_t s = 0;
            for (Py_ssize_t i = 0; i < PyUnicode_GET_LENGTH(key); i++) {
                int32_t c = fa_class(a, PyUnicode_READ_CHAR(key, i));
                if (a->delta[s * C + c] < 0) a->delta[s * C + c] = (int32_t)ns_used++;
                s = a->delta[s * C + c];
            }
            if (a->out[s] >= 0) {
                free(fail);
                free(queue);
                PyErr_SetString(PyExc_ValueError, "frame_automaton: a key is given twice");
                goto fail;
            }
            a->out[s] = (int32_t)k;
        }
        a->n_states = ns_used;
        Py_ssize_t qh = 0, qt = 0;
        fail[0] = 0;
        for (Py_ssize_t c = 0; c < C; c++) {
            int32_t t = a->delta[c];
            if (t < 0) a->delta[c] = 0;
            else {
                fail[t] = 0;
                queue[qt++] = t;
            }
        }
        while (qh < qt) {
            int32_t s = queue[qh++];
            int32_t f = fail[s];
            a->dlink[s] = a->out[f] >= 0 ? f : a->dlink[f];
            for (Py_ssize_t c = 0; c < C; c++) {
                int32_t t = a->delta[s * C + c];
                if (t < 0) a->delta[s * C + c] = a->delta[f * C + c];
                else {
                    fail[t] = a->delta[f * C + c];
                    queue[qt++] = t;
                }
            }
        }
        free(fail);
        free(queue);
    }
    /* keys and specs */
    a->klen = (int32_t *)malloc((size_t)(nk + 1) * sizeof(int32_t));
    a->kflags = (int32_t *)malloc((size_t)(nk + 1) * sizeof(int32_t));
    a->wk_prio = (int32_t *)malloc((size_t)(nk + 1) * sizeof(int32_t));
    a->wk_spec = (int32_t *)malloc((size_t)(nk + 1) * sizeof(int32_t));
    a->kj_off = (int32_t *)malloc((size_t)(nk + 1) * sizeof(int32_t));
    a->kj = (int32_t *)malloc((size_t)(n_js + 1) * sizeof(int32_t));
    a->slen = (int32_t *)malloc((size_t)(ns + 1) * sizeof(int32_t));
    a->sprio = (int32_t *)malloc((size_t)(ns + 1) * sizeof(int32_t));
    a->a_off = (int32_t *)malloc((size_t)(ns + 1) * sizeof(int32_t));
    a->a_len = (int32_t *)malloc((size_t)(ns + 1) * sizeof(int32_t));
    a->p_off = (int32_t *)malloc((size_t)(ns + 1) * sizeof(int32_t));
    a->p_len = (int32_t *)malloc((size_t)(ns + 1) * sizeof(int32_t));
    a->x_off = (int32_t *)malloc((size_t)(ns + 1) * sizeof(int32_t));
    a->x_len = (int32_t *)malloc((size_t)(ns + 1) * sizeof(int32_t));
    a->pool = (Py_UCS4 *)malloc((size_t)(pool_need + 1) * sizeof(Py_UCS4));
    if (a->klen == NULL || a->kflags == NULL || a->wk_prio == NULL || a->wk_spec == NULL || a->kj_off == NULL ||
        a->kj == NULL || a->slen == NULL || a->sprio == NULL || a->a_off == NULL || a->a_len == NULL ||
        a->p_off == NULL || a->p_len == NULL || a->x_off == NULL || a->x_len == NULL || a->pool == NULL)
        goto nomem;
    {
        Py_ssize_t used = 0;
        for (Py_ssize_t k = 0; k < nk; k++) {
            PyObject *info = PyList_GET_ITEM(key_info, k), *js = PyTuple_GET_ITEM(info, 3);
            a->klen[k] = (int32_t)PyUnicode_GET_LENGTH(PyList_GET_ITEM(keys, k));
            a->kflags[k] = (int32_t)PyLong_AsLong(PyTuple_GET_ITEM(info, 0));
            a->wk_prio[k] = (int32_t)PyLong_AsLong(PyTuple_GET_ITEM(info, 1));
            a->wk_spec[k] = (int32_t)PyLong_AsLong(PyTuple_GET_ITEM(info, 2));
            a->kj_off[k] = (int32_t)used;
            for (Py_ssize_t i = 0; i < PyTuple_GET_SIZE(js); i++) {
                long j = PyLong_AsLong(PyTuple_GET_ITEM(js, i));
                if (j < 0 || j >= ns) {
                    if (!PyErr_Occurred()) PyErr_SetString(PyExc_ValueError, "frame_automaton: a key names no spec");
                    goto fail;
                }
                a->kj[used++] = (int32_t)j;
            }
            if (PyErr_Occurred()) goto fail;
        }
        a->kj_off[nk] = (int32_t)used;
        used = 0;
        for (Py_ssize_t j = 0; j < ns; j++) {
            PyObject *sp = PyList_GET_ITEM(specs, j);
            a->slen[j] = (int32_t)PyLong_AsLong(PyTuple_GET_ITEM(sp, 0));
            a->sprio[j] = (int32_t)PyLong_AsLong(PyTuple_GET_ITEM(sp, 1));
            if (PyErr_Occurred()) goto fail;
            if (pool_add(PyTuple_GET_ITEM(sp, 2), a->pool, &used, &a->a_off[j], &a->a_len[j]) < 0 ||
                pool_add(PyTuple_GET_ITEM(sp, 3), a->pool, &used, &a->p_off[j], &a->p_len[j]) < 0 ||
                pool_add(PyTuple_GET_ITEM(sp, 4), a->pool, &used, &a->x_off[j], &a->x_len[j]) < 0)
                goto fail;
        }
    }
    {
        PyObject *cap = PyCapsule_New(a, "discourse._kernel.FrameAuto", frame_auto_capsule_free);
        if (cap == NULL) goto fail;
        return cap;
    }
nomem:
    PyErr_NoMemory();
fail:
    frame_auto_free(a);
    return NULL;
}

/* str.isalpha / str.isalnum / str.isspace of one character (Python's own tables) */
static ALWAYS_INLINE int u_alpha(Py_UCS4 c) {
    return c < 128 ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') : Py_UNICODE_ISALPHA(c);
}
static ALWAYS_INLINE int u_alnum(Py_UCS4 c) {
    return c < 128 ? (((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9')) : Py_UNICODE_ISALNUM(c);
}
#define U_SPACE(c) Py_UNICODE_ISSPACE(c)

/* glob matching of a part (literal characters, '*' any run, '?' one character: discourse.lexicon.glob_regex
 * with re.DOTALL, fullmatch) against norm[ts:te] */
static ALWAYS_INLINE Py_UCS4 read_norm(int kind, const void *data, Py_ssize_t i, int lower) {
    Py_UCS4 c = PyUnicode_READ(kind, data, i);
    if (lower) { /* an ASCII character of the raw text: its norm */
        if (c >= 'A' && c <= 'Z') c += 32;
        else if (c == '`') c = '\'';
    }
    return c;
}

static int glob_match(const Py_UCS4 *pat, Py_ssize_t pl, int kind, const void *data, Py_ssize_t ts, Py_ssize_t te,
                      int lower) {
    Py_ssize_t pi = 0, ti = ts, star = -1, mark = 0;
    while (ti < te) {
        if (pi < pl && pat[pi] != '*' && (pat[pi] == '?' || pat[pi] == read_norm(kind, data, ti, lower))) {
            pi++;
            ti++;
        } else if (pi < pl && pat[pi] == '*') {
            star = pi++;
            mark = ti;
        } else if (star >= 0) {
            pi = star + 1;
            ti = ++mark;
        } else
            return 0;
    }
    while (pi < pl && pat[pi] == '*') pi++;
    return pi == pl;
}

/* str.startswith(lit, at) on norm (lit: pool[off:off+len]) */
static ALWAYS_INLINE int starts_with(const FrameAuto *a, int32_t off, int32_t len, int kind, const void *data,
                                     Py_ssize_t n, Py_ssize_t at) {
    if (at < 0 || at + len > n) return 0;
    for (int32_t i = 0; i < len; i++)
        if (PyUnicode_READ(kind, data, at + i) != a->pool[off + i]) return 0;
    return 1;
}

typedef struct {
    int mk, nk;
    const void *md, *nd;
    Py_ssize_t n, mn;                            /* the lengths of norm and of masked */
    const int64_t *raw_pos, *norm_pos, *width, *extra; /* the offset map where they are not aligned */
    Py_ssize_t n_map;
} TwoTexts;

/* FrameMatcher._scan's neighbours_ok: can the tokens next to the anchor token [s, e) hold the parts next to it? */
static int neighbours_ok(const FrameAuto *a, const TwoTexts *t, int32_t j, Py_ssize_t s, Py_ssize_t e) {
    if (a->p_len[j]) {
        Py_ssize_t q = s;
        while (q > 0 && U_SPACE(PyUnicode_READ(t->mk, t->md, q - 1))) q--;
        if (q == 0) return 0;
        if (PyUnicode_READ(t->mk, t->md, q - 1) != '_' &&
            !starts_with(a, a->p_off[j], a->p_len[j], t->nk, t->nd, t->n, q - a->p_len[j]))
            return 0;
    }
    if (a->x_len[j]) {
        Py_ssize_t r = e;
        while (r < t->n && U_SPACE(PyUnicode_READ(t->mk, t->md, r))) r++;
        if (r == t->n) return 0;
        if (PyUnicode_READ(t->mk, t->md, r) != '_' && !starts_with(a, a->x_off[j], a->x_len[j], t->nk, t->nd, t->n, r))
            return 0;
    }
    return 1;
}

static ALWAYS_INLINE int plain_after(Py_UCS4 c) {
    return c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']' || c == '"' || c == 0x201D ||
           c == '.';
}
static ALWAYS_INLINE int lead_mark(Py_UCS4 c) { return c == '(' || c == '[' || c == '"' || c == 0x201C; }
static ALWAYS_INLINE int trail_mark(Py_UCS4 c) {
    return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']' || c == '"' ||
           c == 0x201D || c == 0x2019 || c == '\'';
}
static ALWAYS_INLINE int ascii_letter(Py_UCS4 c) { return c < 128 && ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }

/* one occurrence of key k ending at norm[i]: what FrameMatcher._scan does with it before tokenising, and the
 * single hits on a token of ASCII characters */
typedef struct {
    Py_ssize_t lo, hi, wa, wb; /* the last chunk [lo, hi) and its word [wa, wb) (wa == wb: not a simple chunk) */
    int state;                 /* its tokens: 0 not read yet, 1 in ts/te, 2 left to Python (the token scan refuses it) */
    Vec ts, te;
} ChunkCache;

static int frame_occurrence(const FrameAuto *a, const TwoTexts *t, int32_t k, Py_ssize_t i, int aligned, Vec *singles,
                            Vec *cands, ChunkCache *cc) {
    Py_ssize_t p = i - a->klen[k] + 1, n = t->mn;
#define M(q) PyUnicode_READ(t->mk, t->md, (q))
    if (!aligned) { /* the start in the text as FrameMatcher maps it; no check needs the texts aligned */
        Py_ssize_t lo = 0, hi = t->n_map;
        while (lo < hi) { /* bisect_right(norm_pos, p) */
            Py_ssize_t mid = (lo + hi) / 2;
            if (t->norm_pos[mid] <= p) lo = mid + 1;
            else hi = mid;
        }
        if (lo > 0) p = p < t->norm_pos[lo - 1] + t->width[lo - 1] ? t->raw_pos[lo - 1] : p - t->extra[lo - 1];
        goto chunk;
    }
    int32_t fl = a->kflags[k];
    if ((fl & FA_WORD_KEY) && (p == 0 || U_SPACE(M(p - 1)))) {
        Py_ssize_t e = i + 1;
        if (e == n || U_SPACE(M(e)) || (plain_after(M(e)) && (e + 1 == n || U_SPACE(M(e + 1)))))
            return vec_push(singles, p) < 0 || vec_push(singles, a->wk_prio[k]) < 0 ||
                           vec_push(singles, a->wk_spec[k]) < 0 || vec_push(singles, e) < 0
                       ? -1
                       : 0;
    }
    if (fl & FA_PHRASE_KEY) {
        int any = 0;
        for (int32_t x = a->kj_off[k]; x < a->kj_off[k + 1] && !any; x++) any = neighbours_ok(a, t, a->kj[x], p, i + 1);
        if (!any) return 0;
    }
    if ((fl & FA_AT_START) && p > 0 && u_alpha(M(p - 1)) && u_alnum(M(p))) return 0;
    if ((fl & FA_AT_END) && i + 1 < n && u_alnum(M(i + 1)) && u_alpha(M(i))) return 0;
chunk:
    /* the chunk (run without white space) around p, found once for the occurrences in it (a text without
     * white space is read once, not once per occurrence) */
    if (!(cc->lo <= p && p < cc->hi)) {
        Py_ssize_t cs = p;
        while (cs > 0 && !U_SPACE(M(cs - 1))) cs--;
        if (U_SPACE(M(cs))) return 0; /* no chunk starts here: FrameMatcher skips the occurrence */
        Py_ssize_t ce = p;
        while (ce < n && !U_SPACE(M(ce))) ce++;
        /* _SIMPLE_CHUNK: leading ( [ " “, ASCII letters, trailing . , ; : ! ? ) ] " ” ’ ' */
        Py_ssize_t x = cs;
        while (x < ce && lead_mark(M(x))) x++;
        Py_ssize_t wa = x;
        while (x < ce && ascii_letter(M(x))) x++;
        Py_ssize_t wb = x;
        while (x < ce && trail_mark(M(x))) x++;
        cc->lo = cs;
        cc->hi = ce;
        cc->state = 0;
        cc->wa = cc->wb = cs;
        if (x == ce && wa < wb) {
            cc->wa = wa;
            cc->wb = wb;
        }
    }
    Py_ssize_t wa = cc->wa, wb = cc->wb;
    if (p < wa || p >= wb) {
        /* not on the word of a simple chunk: the chunk's tokens from the token scan (the pattern's tokens of a
         * chunk it does not refuse: tokens never hold white space, so a chunk is tokenised alone as in the
         * text, module notes of discourse.matcher, 3.), where the token holding p is ASCII */
        if (cc->state == 0) {
            Text sub = {t->mk, (const char *)t->md + cc->lo * t->mk, cc->hi - cc->lo};
            cc->ts.len = cc->te.len = 0;
            cc->state = 2;
            if (!refused(&sub)) {
                Py_ssize_t q = 0;
                while (q < sub.n) {
                    Py_UCS4 d = CH(&sub, q);
                    if (d == '_' || is_space(d)) {
                        q++;
                        continue;
                    }
                    Py_ssize_t e = token_end(&sub, q);
                    if (vec_push(&cc->ts, cc->lo + q) < 0 || vec_push(&cc->te, cc->lo + e) < 0) return -1;
                    q = e;
                }
                cc->state = 1;
            }
        }
        if (cc->state == 2) return vec_push(cands, p) < 0 || vec_push(cands, k) < 0 || vec_push(cands, 0) < 0 ? -1 : 0;
        Py_ssize_t x = 0;
        while (x < cc->ts.len && !(cc->ts.v[x] <= p && p < cc->te.v[x])) x++;
        if (x == cc->ts.len) return 0; /* p is in no token ('_'): FrameMatcher skips the occurrence */
        wa = cc->ts.v[x];
        wb = cc->te.v[x];
        for (Py_ssize_t z = wa; z < wb; z++)
            if (M(z) >= 128) /* its norm is normalize()'s: left to Python */
                return vec_push(cands, p) < 0 || vec_push(cands, k) < 0 || vec_push(cands, 0) < 0 ? -1 : 0;
    }
#undef M
    /* the token is masked[wa:wb]: an ASCII token's norm is its lower case with '`' as "'", which the aligned
     * normalised text holds there (else it is read from the text) */
    for (int32_t y = a->kj_off[k]; y < a->kj_off[k + 1]; y++) {
        int32_t j = a->kj[y];
        if (!(aligned ? glob_match(a->pool + a->a_off[j], a->a_len[j], t->nk, t->nd, wa, wb, 0)
                      : glob_match(a->pool + a->a_off[j], a->a_len[j], t->mk, t->md, wa, wb, 1)))
            continue;
        if (a->slen[j] > 1) { /* left to Python where the neighbouring tokens can hold the neighbouring parts */
            if ((!aligned || neighbours_ok(a, t, j, wa, wb)) &&
                (vec_push(cands, p) < 0 || vec_push(cands, j) < 0 || vec_push(cands, 1) < 0))
                return -1;
            continue;
        }
        if (vec_push(singles, wa) < 0 || vec_push(singles, a->sprio[j]) < 0 || vec_push(singles, j) < 0 ||
            vec_push(singles, wb) < 0)
            return -1;
    }
    return 0;
}

static ALWAYS_INLINE int frame_loop(const FrameAuto *a, const TwoTexts *t, int aligned, Vec *singles, Vec *cands,
                                    int kind) {
    const void *data = t->nd;
    Py_ssize_t C = a->n_cls;
    int32_t s = 0;
    ChunkCache cc = {-1, -1, -1, -1, 0, {NULL, 0, 0}, {NULL, 0, 0}};
    int r = 0;
    for (Py_ssize_t i = 0; i < t->n && r == 0; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        s = a->delta[(Py_ssize_t)s * C + fa_class(a, c)];
        int32_t o = a->out[s] >= 0 ? s : a->dlink[s];
        while (o >= 0) {
            if (frame_occurrence(a, t, a->out[o], i, aligned, singles, cands, &cc) < 0) {
                r = -1;
                break;
            }
            o = a->dlink[o];
        }
    }
    free(cc.ts.v);
    free(cc.te.v);
    return r;
}

static PyObject *frame_scan(PyObject *self, PyObject *args) {
    PyObject *cap, *masked, *norm, *offsets;
    if (!PyArg_ParseTuple(args, "OUUO", &cap, &masked, &norm, &offsets)) return NULL;
    int aligned = offsets == Py_None;
    Py_buffer maps[4];
    int n_maps = 0;
    PyObject *out = NULL;
    FrameAuto *a = (FrameAuto *)PyCapsule_GetPointer(cap, "discourse._kernel.FrameAuto");
    if (a == NULL) return NULL;
    if (!ready) {
        PyErr_SetString(PyExc_RuntimeError, "discourse._kernel.setup() was not called");
        return NULL;
    }
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(masked) < 0 || PyUnicode_READY(norm) < 0) return NULL;
#endif
    TwoTexts t = {PyUnicode_KIND(masked), PyUnicode_KIND(norm), PyUnicode_DATA(masked), PyUnicode_DATA(norm),
                  PyUnicode_GET_LENGTH(norm), PyUnicode_GET_LENGTH(masked), NULL, NULL, NULL, NULL, 0};
    if (aligned && t.mn != t.n) {
        PyErr_SetString(PyExc_ValueError, "frame_scan: an aligned normalised text has the length of the text");
        return NULL;
    }
    if (!aligned) { /* (raw_pos, norm_pos, width, extra): int64 buffers of one length, norm_pos ascending */
        if (!PyTuple_Check(offsets) || PyTuple_GET_SIZE(offsets) != 4) {
            PyErr_SetString(PyExc_TypeError, "frame_scan: offsets are None or (raw_pos, norm_pos, width, extra)");
            return NULL;
        }
        for (; n_maps < 4; n_maps++) {
            if (PyObject_GetBuffer(PyTuple_GET_ITEM(offsets, n_maps), &maps[n_maps], PyBUF_SIMPLE) < 0) goto release;
            if (maps[n_maps].len % 8 != 0 || maps[n_maps].len != maps[0].len) {
                n_maps++;
                PyErr_SetString(PyExc_ValueError, "frame_scan: the offset map's buffers are int64 of one length");
                goto release;
            }
        }
        t.raw_pos = (const int64_t *)maps[0].buf;
        t.norm_pos = (const int64_t *)maps[1].buf;
        t.width = (const int64_t *)maps[2].buf;
        t.extra = (const int64_t *)maps[3].buf;
        t.n_map = maps[0].len / 8;
    }
    Vec singles = {NULL, 0, 0}, cands = {NULL, 0, 0};
    int r = t.nk == PyUnicode_1BYTE_KIND   ? frame_loop(a, &t, aligned, &singles, &cands, PyUnicode_1BYTE_KIND)
            : t.nk == PyUnicode_2BYTE_KIND ? frame_loop(a, &t, aligned, &singles, &cands, PyUnicode_2BYTE_KIND)
                                           : frame_loop(a, &t, aligned, &singles, &cands, PyUnicode_4BYTE_KIND);
    if (r < 0) PyErr_NoMemory();
    else {
        PyObject *x = PyByteArray_FromStringAndSize((const char *)singles.v, singles.len * (Py_ssize_t)sizeof(int64_t));
        PyObject *y = PyByteArray_FromStringAndSize((const char *)cands.v, cands.len * (Py_ssize_t)sizeof(int64_t));
        if (x != NULL && y != NULL) out = PyTuple_Pack(2, x, y);
        Py_XDECREF(x);
        Py_XDECREF(y);
    }
    free(singles.v);
    free(cands.v);
release:
    for (int m = 0; m < n_maps; m++) PyBuffer_Release(&maps[m]);
    return out;
}

/* chunk_words(text, triggers) -> (tokens, words, starts, ends, word, chunk_words, pending, safe): the chunk pass of
 * discourse.matcher._word_count (see there) over a text without set-aside spans: the chunks (runs without
 * white space) as int64 starts and ends, whether each is a word chunk (only ASCII letters, then one plain space
 * and a character that is not white space: uint8), its word tokens (int64), and the number of tokens and of
 * word tokens of the text. A chunk that may hold other than one word (flagged as _word_count flags it) is
 * tokenised here when it is ASCII and the token scan takes it (its words: tokens with an ASCII letter or digit,
 * the norm of an ASCII token being its lower case with ` as '), else its index is in pending (int64) with 0 in
 * chunk_words and nothing added to the totals: Python tokenises it. safe (uint8): the chunk is not flagged (at
 * most one mark, one run of ASCII letters, marks: at least one token, and no token but the letters can be a word)
 * and its letters in lower case are none of the triggers (ASCII str, lower case): no token of the chunk has a
 * trigger as its norm. */
static int wc_class_slow(Py_UCS4 c);
static unsigned char wc_ascii[128]; /* wc_class of the ASCII characters, filled by setup() from wc_class_slow */
static ALWAYS_INLINE int wc_class(Py_UCS4 c) {
    if (c < 128) return wc_ascii[c];
    if (c > 0xFFFF) return 3;
    if (Py_UNICODE_ISSPACE(c)) return 0;
    if (c == 0x201C || c == 0x201D || c == 0x2019) return 2;
    return 3;
}
/* chunk_words' class of a character: 0 white space, 1 ASCII letter, 2 a mark the tokenizer splits off, 3 other */
static int wc_class_slow(Py_UCS4 c) {
    if (c < 128) {
        if (Py_UNICODE_ISSPACE(c)) return 0;
        if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return 1;
        switch (c) {
        case '.': case ',': case ';': case ':': case '!': case '?': case '(': case ')': case '[': case ']': case '"':
        case '\'':
            return 2;
        }
        return 3;
    }
    if (c > 0xFFFF) return 3;
    if (Py_UNICODE_ISSPACE(c)) return 0;
    if (c == 0x201C || c == 0x201D || c == 0x2019) return 2;
    return 3;
}


/* The trigger words by length: ASCII code points of those of length L at words[start[L] .. start[L + 1]) (each L
 * characters long, one after the other); words longer than 63 characters can match no letter run we test. */
typedef struct {
    Py_ssize_t start[65];
    unsigned char *words;
} Triggers;

/* Is text[a:a+len] (ASCII letters) in lower case one of the trigger words? */
static ALWAYS_INLINE int is_trigger(const Triggers *tr, int kind, const void *data, Py_ssize_t a, Py_ssize_t len) {
    if (len >= 64) return 0;
    for (Py_ssize_t w = tr->start[len]; w < tr->start[len + 1]; w += len) {
        Py_ssize_t i = 0;
        for (; i < len; i++)
            if ((PyUnicode_READ(kind, data, a + i) | 0x20) != tr->words[w + i]) break;
        if (i == len) return 1;
    }
    return 0;
}

static ALWAYS_INLINE int chunk_loop(PyObject *str, int kind, const Triggers *triggers, Vec *starts, Vec *ends, Vec8 *wflag,
                                    Vec8 *safe, Vec *cw, Vec *pending, Py_ssize_t *tokens, Py_ssize_t *words) {
    const void *data = PyUnicode_DATA(str);
    Py_ssize_t n = PyUnicode_GET_LENGTH(str), i = 0;
    while (i < n) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        int k = wc_class(c);
        if (k == 0) {
            i++;
            continue;
        }
        Py_ssize_t cs = i;
        int flagged = 0, ascii = 1, prev = -1;
        Py_ssize_t letters = 0, first_letter = -1;
        for (; i < n; i++) {
            c = PyUnicode_READ(kind, data, i);
            k = wc_class(c);
            if (k == 0) break;
            if (c >= 128) ascii = 0;
            if (k == 1) {
                if (!letters) first_letter = i;
                letters++;
                if (prev == 2 && i - 1 > cs) flagged = 1; /* a mark after a character and before a letter */
            } else if (k == 3)
                flagged = 1;
            prev = k;
        }
        Py_ssize_t ce = i;
        if (!letters) flagged = 1;
        int is_word = letters == ce - cs && ce + 1 < n && PyUnicode_READ(kind, data, ce) == ' ' &&
                      wc_class(PyUnicode_READ(kind, data, ce + 1)) != 0;
        /* an unflagged chunk is at most one mark, its letters (one run) and marks: its one word token, if any,
         * is the letters */
        int is_safe = !flagged && !is_trigger(triggers, kind, data, first_letter, letters);
        if (vec_push(starts, cs) < 0 || vec_push(ends, ce) < 0 || vec8_push(wflag, (unsigned char)is_word) < 0 ||
            vec8_push(safe, (unsigned char)is_safe) < 0)
            return -1;
        int64_t nw = 1;
        if (flagged) {
            Text sub = {kind, (const char *)data + cs * kind, ce - cs};
            if (ascii && !refused(&sub)) {
                Py_ssize_t q = 0, nt = 0;
                nw = 0;
                while (q < sub.n) {
                    Py_UCS4 d = CH(&sub, q);
                    if (d == '_' || is_space(d)) {
                        q++;
                        continue;
                    }
                    Py_ssize_t e = token_end(&sub, q);
                    nt++;
                    for (Py_ssize_t z = q; z < e; z++)
                        if (ascii_class[CH(&sub, z)] & C_ALNUM) {
                            nw++;
                            break;
                        }
                    q = e;
                }
                *tokens += nt;
                *words += nw;
            } else {
                nw = 0;
                if (vec_push(pending, starts->len - 1) < 0) return -1;
            }
        } else {
            *tokens += 1;
            *words += 1;
        }
        if (vec_push(cw, nw) < 0) return -1;
    }
    return 0;
}

static PyObject *chunk_words(PyObject *self, PyObject *args) {
    PyObject *str, *triggers;
    if (!PyArg_ParseTuple(args, "UO!", &str, &PyTuple_Type, &triggers)) return NULL;
    if (!ready) {
        PyErr_SetString(PyExc_RuntimeError, "discourse._kernel.setup() was not called");
        return NULL;
    }
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(str) < 0) return NULL;
#endif
    Triggers tr;
    Py_ssize_t nt = PyTuple_GET_SIZE(triggers), total = 0;
    memset(tr.start, 0, sizeof(tr.start));
    for (Py_ssize_t k = 0; k < nt; k++) {
        PyObject *w = PyTuple_GET_ITEM(triggers, k);
        if (!PyUnicode_Check(w) || !PyUnicode_IS_ASCII(w)) {
            PyErr_SetString(PyExc_TypeError, "chunk_words: the trigger words are ASCII str");
            return NULL;
        }
        Py_ssize_t L = PyUnicode_GET_LENGTH(w);
        if (L < 64) {
            tr.start[L + 1] += L;
            total += L;
        }
    }
    for (int L = 1; L <= 64; L++) tr.start[L] += tr.start[L - 1];
    tr.words = (unsigned char *)malloc((size_t)total + 1);
    if (tr.words == NULL) return PyErr_NoMemory();
    {
        Py_ssize_t fill[65];
        memcpy(fill, tr.start, sizeof(fill));
        for (Py_ssize_t k = 0; k < nt; k++) {
            PyObject *w = PyTuple_GET_ITEM(triggers, k);
            Py_ssize_t L = PyUnicode_GET_LENGTH(w);
            if (L >= 64) continue;
            memcpy(tr.words + fill[L], PyUnicode_1BYTE_DATA(w), (size_t)L);
            fill[L] += L;
        }
    }
    Vec starts = {NULL, 0, 0}, ends = {NULL, 0, 0}, cw = {NULL, 0, 0}, pending = {NULL, 0, 0};
    Vec8 wflag = {NULL, 0, 0}, safe = {NULL, 0, 0};
    Py_ssize_t tokens = 0, words = 0;
    int kind = PyUnicode_KIND(str);
    int r = kind == PyUnicode_1BYTE_KIND
                ? chunk_loop(str, PyUnicode_1BYTE_KIND, &tr, &starts, &ends, &wflag, &safe, &cw, &pending, &tokens, &words)
            : kind == PyUnicode_2BYTE_KIND
                ? chunk_loop(str, PyUnicode_2BYTE_KIND, &tr, &starts, &ends, &wflag, &safe, &cw, &pending, &tokens, &words)
                : chunk_loop(str, PyUnicode_4BYTE_KIND, &tr, &starts, &ends, &wflag, &safe, &cw, &pending, &tokens, &words);
    PyObject *out = NULL;
    if (r < 0) PyErr_NoMemory();
    else {
        PyObject *s = PyByteArray_FromStringAndSize((const char *)starts.v, starts.len * (Py_ssize_t)sizeof(int64_t));
        PyObject *e = PyByteArray_FromStringAndSize((const char *)ends.v, ends.len * (Py_ssize_t)sizeof(int64_t));
        PyObject *w = PyByteArray_FromStringAndSize((const char *)wflag.v, wflag.len);
        PyObject *c = PyByteArray_FromStringAndSize((const char *)cw.v, cw.len * (Py_ssize_t)sizeof(int64_t));
        PyObject *p = PyByteArray_FromStringAndSize((const char *)pending.v, pending.len * (Py_ssize_t)sizeof(int64_t));
        PyObject *f = PyByteArray_FromStringAndSize((const char *)safe.v, safe.len);
        if (s != NULL && e != NULL && w != NULL && c != NULL && p != NULL && f != NULL)
            out = Py_BuildValue("nnOOOOOO", tokens, words, s, e, w, c, p, f);
        Py_XDECREF(f);
        Py_XDECREF(s);
        Py_XDECREF(e);
        Py_XDECREF(w);
        Py_XDECREF(c);
        Py_XDECREF(p);
    }
    free(starts.v);
    free(ends.v);
    free(tr.words);
    free(wflag.v);
    free(safe.v);
    free(cw.v);
    free(pending.v);
    return out;
}

/* distinct_nonascii(text) -> str: the distinct characters of text above U+007F, in order of first appearance
 * (discourse.matcher.FrameMatcher._prepare; its twin is set(re.findall("[^\\x00-\\x7f]", text))) */
static PyObject *distinct_nonascii(PyObject *self, PyObject *args) {
    PyObject *str;
    if (!PyArg_ParseTuple(args, "U", &str)) return NULL;
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(str) < 0) return NULL;
#endif
    if (PyUnicode_IS_ASCII(str)) return PyUnicode_New(0, 0);
    int kind = PyUnicode_KIND(str);
    const void *data = PyUnicode_DATA(str);
    Py_ssize_t n = PyUnicode_GET_LENGTH(str), m = 0, cap = 64;
    unsigned char *seen = (unsigned char *)calloc(0x10000 / 8, 1), *astral = NULL; /* astral: above the BMP */
    Py_UCS4 *out = (Py_UCS4 *)malloc((size_t)cap * sizeof(Py_UCS4));
    PyObject *res = NULL;
    if (seen == NULL || out == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c < 128) continue;
        if (c < 0x10000) {
            if (seen[c >> 3] & (1u << (c & 7))) continue;
            seen[c >> 3] |= (unsigned char)(1u << (c & 7));
        } else {
            if (astral == NULL && (astral = (unsigned char *)calloc(0x110000 / 8, 1)) == NULL) {
                PyErr_NoMemory();
                goto done;
            }
            if (astral[c >> 3] & (1u << (c & 7))) continue;
            astral[c >> 3] |= (unsigned char)(1u << (c & 7));
        }
        if (m == cap) {
            Py_UCS4 *grown = (Py_UCS4 *)realloc(out, (size_t)(2 * cap) * sizeof(Py_UCS4));
            if (grown == NULL) {
                PyErr_NoMemory();
                goto done;
            }
            out = grown;
            cap *= 2;
        }
        out[m++] = c;
    }
    res = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, out, m);
done:
    free(seen);
    free(astral);
    free(out);
    return res;
}

/* frame_norm(text, chars, norms) -> str: the normalised text of discourse.matcher.FrameMatcher._prepare in one pass:
 * every character of chars (a str) replaced by the str at its index in norms (a tuple), ASCII capitals in lower
 * case and '`' as "'"; every character of text above U+007F must be in chars. Its twin: str.replace per character,
 * then str.lower() and str.replace('`', "'") (the same where every norm is its own lower case, as _prepare's are,
 * and the text holds no capital sigma, whose lower case alone depends on its neighbours). */
typedef struct {
    Py_UCS4 c;
    Py_ssize_t k;
} CharNorm;

static int cmp_charnorm(const void *x, const void *y) {
    Py_UCS4 a = ((const CharNorm *)x)->c, b = ((const CharNorm *)y)->c;
    return a < b ? -1 : a > b;
}

/* the norm (an index into norms) of c, a character above U+007F; -1 where it has none */
static ALWAYS_INLINE Py_ssize_t charnorm_find(const CharNorm *map, Py_ssize_t nc, Py_UCS4 c) {
    Py_ssize_t lo = 0, hi = nc;
    while (lo < hi) {
        Py_ssize_t mid = (lo + hi) / 2;
        if (map[mid].c < c) lo = mid + 1;
        else hi = mid;
    }
    return (lo < nc && map[lo].c == c) ? map[lo].k : -1;
}

/* the normalised text into out (of kind okind), every norm one character long (nc1[k]: that character) */
static ALWAYS_INLINE int frame_norm_1(int kind, const void *data, Py_ssize_t n, const CharNorm *map, Py_ssize_t nc,
                                      const Py_UCS4 *nc1, int okind, void *od) {
    Py_UCS4 last = 0, last_norm = 0; /* the last character above U+007F and its norm: runs of one script */
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c < 128) {
            if (c >= 'A' && c <= 'Z') c += 32;
            else if (c == '`') c = '\'';
        } else if (c == last) {
            c = last_norm;
        } else {
            Py_ssize_t k = charnorm_find(map, nc, c);
            if (k < 0) {
                PyErr_Format(PyExc_ValueError, "frame_norm: the character U+%04X of the text has no norm", (unsigned)c);
                return -1;
            }
            last = c;
            c = last_norm = nc1[k];
        }
        PyUnicode_WRITE(okind, od, i, c);
    }
    return 0;
}

static PyObject *frame_norm(PyObject *self, PyObject *args) {
    PyObject *str, *chars, *norms;
    if (!PyArg_ParseTuple(args, "UUO!", &str, &chars, &PyTuple_Type, &norms)) return NULL;
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(str) < 0 || PyUnicode_READY(chars) < 0) return NULL;
#endif
    Py_ssize_t nc = PyUnicode_GET_LENGTH(chars);
    if (PyTuple_GET_SIZE(norms) != nc) {
        PyErr_SetString(PyExc_ValueError, "frame_norm: one norm per character");
        return NULL;
    }
    CharNorm *map = (CharNorm *)malloc((size_t)(nc + 1) * sizeof(CharNorm));
    Py_UCS4 *nc1 = (Py_UCS4 *)malloc((size_t)(nc + 1) * sizeof(Py_UCS4));
    PyObject *out = NULL;
    if (map == NULL || nc1 == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    Py_UCS4 maxc = 127;
    int all_one = 1;
    for (Py_ssize_t k = 0; k < nc; k++) {
        PyObject *v = PyTuple_GET_ITEM(norms, k);
        if (!PyUnicode_Check(v)) {
            PyErr_SetString(PyExc_TypeError, "frame_norm: the norms are str");
            goto done;
        }
        map[k].c = PyUnicode_READ_CHAR(chars, k);
        map[k].k = k;
        nc1[k] = PyUnicode_GET_LENGTH(v) == 1 ? PyUnicode_READ_CHAR(v, 0) : 0;
        all_one &= PyUnicode_GET_LENGTH(v) == 1;
        Py_UCS4 m = PyUnicode_MAX_CHAR_VALUE(v);
        if (m > maxc) maxc = m;
    }
    qsort(map, (size_t)nc, sizeof(CharNorm), cmp_charnorm);
    int kind = PyUnicode_KIND(str);
    const void *data = PyUnicode_DATA(str);
    Py_ssize_t n = PyUnicode_GET_LENGTH(str);
    if (all_one) { /* the common case: one pass, the kinds known in each loop */
        out = PyUnicode_New(n, maxc);
        if (out == NULL) goto done;
        int okind = PyUnicode_KIND(out);
        void *od = PyUnicode_DATA(out);
        int r;
#define FN(K, O) frame_norm_1(K, data, n, map, nc, nc1, O, od)
        if (kind == PyUnicode_1BYTE_KIND)
            r = okind == PyUnicode_1BYTE_KIND ? FN(PyUnicode_1BYTE_KIND, PyUnicode_1BYTE_KIND)
                : okind == PyUnicode_2BYTE_KIND ? FN(PyUnicode_1BYTE_KIND, PyUnicode_2BYTE_KIND)
                                                : FN(PyUnicode_1BYTE_KIND, PyUnicode_4BYTE_KIND);
        else if (kind == PyUnicode_2BYTE_KIND)
            r = okind == PyUnicode_1BYTE_KIND ? FN(PyUnicode_2BYTE_KIND, PyUnicode_1BYTE_KIND)
                : okind == PyUnicode_2BYTE_KIND ? FN(PyUnicode_2BYTE_KIND, PyUnicode_2BYTE_KIND)
                                                : FN(PyUnicode_2BYTE_KIND, PyUnicode_4BYTE_KIND);
        else
            r = okind == PyUnicode_1BYTE_KIND ? FN(PyUnicode_4BYTE_KIND, PyUnicode_1BYTE_KIND)
                : okind == PyUnicode_2BYTE_KIND ? FN(PyUnicode_4BYTE_KIND, PyUnicode_2BYTE_KIND)
                                                : FN(PyUnicode_4BYTE_KIND, PyUnicode_4BYTE_KIND);
#undef FN
        if (r < 0) Py_CLEAR(out);
        goto done;
    }
    /* some norm is longer (or empty): count, then write */
    {
        Py_ssize_t len = 0;
        for (Py_ssize_t i = 0; i < n; i++) {
            Py_UCS4 c = PyUnicode_READ(kind, data, i);
            if (c < 128) {
                len++;
                continue;
            }
            Py_ssize_t k = charnorm_find(map, nc, c);
            if (k < 0) {
                PyErr_Format(PyExc_ValueError, "frame_norm: the character U+%04X of the text has no norm", (unsigned)c);
                goto done;
            }
            len += PyUnicode_GET_LENGTH(PyTuple_GET_ITEM(norms, k));
        }
        out = PyUnicode_New(len, maxc);
        if (out == NULL) goto done;
        int okind = PyUnicode_KIND(out);
        void *od = PyUnicode_DATA(out);
        Py_ssize_t j = 0;
        for (Py_ssize_t i = 0; i < n; i++) {
            Py_UCS4 c = PyUnicode_READ(kind, data, i);
            if (c < 128) {
                if (c >= 'A' && c <= 'Z') c += 32;
                else if (c == '`') c = '\'';
                PyUnicode_WRITE(okind, od, j++, c);
                continue;
            }
            PyObject *v = PyTuple_GET_ITEM(norms, charnorm_find(map, nc, c));
            for (Py_ssize_t x = 0; x < PyUnicode_GET_LENGTH(v); x++)
                PyUnicode_WRITE(okind, od, j++, PyUnicode_READ_CHAR(v, x));
        }
    }
done:
    free(map);
    free(nc1);
    return out;
}

/* paragraph_spans(text) -> list of (start, end): discourse.segment.paragraphs (its twin, with its patterns). Where
 * a line feed, spaces, tabs, CR, FF or VT and a line feed make a blank line, a paragraph is a run of lines (split
 * at line feeds) that each hold a character other than white space, else it is every such line; either trimmed
 * of white space (Py_UNICODE_ISSPACE: re's \s and str.isspace). */
static ALWAYS_INLINE int para_ws(Py_UCS4 c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

static PyObject *paragraph_spans(PyObject *self, PyObject *args) {
    PyObject *str;
    if (!PyArg_ParseTuple(args, "U", &str)) return NULL;
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(str) < 0) return NULL;
#endif
    int kind = PyUnicode_KIND(str);
    const void *data = PyUnicode_DATA(str);
    Py_ssize_t n = PyUnicode_GET_LENGTH(str);
    int blank = 0;
    for (Py_ssize_t i = 0; i < n && !blank; i++) {
        if (PyUnicode_READ(kind, data, i) != '\n') continue;
        Py_ssize_t j = i + 1;
        while (j < n && para_ws(PyUnicode_READ(kind, data, j))) j++;
        if (j < n && PyUnicode_READ(kind, data, j) == '\n') blank = 1;
        else i = j - 1; /* no line feed among the characters skipped */
    }
    PyObject *out = PyList_New(0);
    if (out == NULL) return NULL;
    Py_ssize_t ls = 0, bs = -1, be = -1; /* the block being read: its first and after its last visible character */
    for (;;) {
        Py_ssize_t le = ls;
        while (le < n && PyUnicode_READ(kind, data, le) != '\n') le++;
        Py_ssize_t fs = ls, fe = le;
        while (fs < fe && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, fs))) fs++;
        while (fe > fs && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, fe - 1))) fe--;
        if (!blank) {
            if (fe > fs && append_span(out, fs, fe) < 0) goto fail;
        } else if (fe > fs) {
            if (bs < 0) bs = fs;
            be = fe;
        } else if (bs >= 0) {
            if (append_span(out, bs, be) < 0) goto fail;
            bs = -1;
        }
        if (le >= n) break;
        ls = le + 1;
    }
    if (bs >= 0 && append_span(out, bs, be) < 0) goto fail;
    return out;
fail:
    Py_DECREF(out);
    return NULL;
}

/* setup(bitmap): the refused characters of the BMP, one bit each (8192 bytes, little-endian bit order) */
static PyObject *setup(PyObject *self, PyObject *args) {
    Py_buffer buf;
    if (!PyArg_ParseTuple(args, "y*", &buf)) return NULL;
    if (buf.len != (Py_ssize_t)sizeof(refuse_map)) {
        PyBuffer_Release(&buf);
        PyErr_Format(PyExc_ValueError, "setup() needs a bitmap of %zd bytes, got %zd",
                     (Py_ssize_t)sizeof(refuse_map), buf.len);
        return NULL;
    }
    memcpy(refuse_map, buf.buf, sizeof(refuse_map));
    for (Py_UCS4 c = 0; c < 128; c++)
        ascii_class[c] = (unsigned char)((Py_UNICODE_ISALNUM(c) ? C_ALNUM : 0) | (Py_UNICODE_ISDECIMAL(c) ? C_DEC : 0) |
                                         (Py_UNICODE_ISSPACE(c) ? C_SPACE : 0));
    for (Py_UCS4 c = 0; c < 128; c++) wc_ascii[c] = (unsigned char)wc_class_slow(c);
    ready = 1;
    PyBuffer_Release(&buf);
    Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
    {"scan", scan, METH_VARARGS, "Tokens of a text (and their int64 offsets) as the token pattern finds them; None where refused."},
    {"scan_codes", scan_codes, METH_VARARGS, "Token offsets and ids[token] of a text as int32; None where refused."},
    {"punkt_sentences", punkt_sentences, METH_VARARGS, "Punkt's sentence spans of the paragraphs of a text."},
    {"first_surrogate", first_surrogate, METH_VARARGS, "Index of the first lone surrogate of a text, or -1."},
    {"setup", setup, METH_VARARGS, "Set the bitmap of the refused characters of the BMP."},
    {"frame_automaton", frame_automaton, METH_VARARGS, "The Aho-Corasick automaton of discourse.matcher.FrameMatcher's keys."},
    {"frame_scan", frame_scan, METH_VARARGS, "FrameMatcher._scan's pass of the automaton: single hits and candidates."},
    {"paragraph_spans", paragraph_spans, METH_VARARGS, "discourse.segment.paragraphs: the paragraph spans of a text."},
    {"frame_norm", frame_norm, METH_VARARGS, "FrameMatcher._prepare's normalised text in one pass."},
    {"distinct_nonascii", distinct_nonascii, METH_VARARGS, "The distinct characters of a text above U+007F."},
    {"chunk_words", chunk_words, METH_VARARGS, "discourse.matcher._word_count's chunks of a text and their word tokens."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_kernel", "The token scan of discourse.text in C.", -1, methods};

PyMODINIT_FUNC PyInit__kernel(void) { return PyModule_Create(&module); }
